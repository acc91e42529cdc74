import { Button, StatusBadge, Table, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { adminFetch } from "../../../lib/api"
import { fieldBinder, SelectField, TextField } from "../../../lib/components/fields"
import { ListTable } from "../../../lib/components/list-table"
import { FormShell } from "../../../lib/components/form-shell"
import { Section } from "../../../lib/components/section"
import { COORDINATOR_LANGUAGES, COORDINATOR_STATUS_COLORS, LANGUAGE_LABELS } from "../../../lib/constants"
import type { FormErrors } from "../../../lib/form"
import { type CoordinatorInviteForm, coordinatorInviteToPayload, emptyCoordinatorInvite } from "../../../lib/people-form"
import { telarKeys } from "../../../lib/queries"
import type { AdminCoordinator } from "../../../lib/types"

const LANGUAGE_OPTIONS = COORDINATOR_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_LABELS[language] }))

const STATUS_LABELS: Record<AdminCoordinator["status"], string> = { invited: "Invited", active: "Active", disabled: "Disabled" }

/** Who is invited and the language of their portal and mail. */
const CoordinatorInviteFields = ({
  form,
  errors,
  onChange,
}: {
  form: CoordinatorInviteForm
  errors: FormErrors<CoordinatorInviteForm>
  onChange: (form: CoordinatorInviteForm) => void
}) => {
  const field = fieldBinder(form, errors, onChange)
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <TextField label="Coordinator name" required {...field("name")} />
      <TextField label="Email" type="email" required {...field("email")} />
      <TextField label="Phone" type="tel" placeholder="+52 967 123 4567" {...field("phone")} />
      <SelectField label="Language of the portal and mail" options={LANGUAGE_OPTIONS} {...field("preferred_language")} />
    </div>
  )
}

/** The people who keep the cooperative's shelf current from the portal: invite them, resend an invitation. */
export const CoordinatorsSection = ({ cooperativeId }: { cooperativeId: string }) => {
  const queryClient = useQueryClient()
  const [form, setForm] = useState<CoordinatorInviteForm | null>(null)
  const [errors, setErrors] = useState<FormErrors<CoordinatorInviteForm>>({})

  const { data, error, isLoading } = useQuery({
    queryKey: telarKeys.coordinators(cooperativeId),
    queryFn: () => adminFetch<{ coordinators: AdminCoordinator[] }>(`/admin/cooperatives/${cooperativeId}/coordinators`),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: telarKeys.coordinators(cooperativeId) })

  const invite = useMutation({
    mutationFn: (body: unknown) =>
      adminFetch<{ coordinator: AdminCoordinator }>(`/admin/cooperatives/${cooperativeId}/coordinators`, { method: "POST", body }),
    onSuccess: ({ coordinator }) => {
      toast.success(`Invitation sent to ${coordinator.email}.`)
      close()
      refresh()
    },
  })
  const resend = useMutation({
    mutationFn: (coordinator: AdminCoordinator) => adminFetch(`/admin/coordinators/${coordinator.id}/invite`, { method: "POST" }),
    onSuccess: (_, coordinator) => {
      toast.success(`A new invitation was sent to ${coordinator.email}; the previous link no longer works.`)
      refresh()
    },
  })

  function close() {
    setForm(null)
    setErrors({})
    invite.reset()
  }

  const submit = () => {
    if (!form) return
    const result = coordinatorInviteToPayload(form)
    setErrors(result.ok ? {} : result.errors)
    if (result.ok) invite.mutate(result.payload)
  }

  const coordinators = data?.coordinators ?? []
  return (
    <Section
      title="Coordinators"
      description="They update stock and parcels from the coordinators' portal. The invitation link works once, for 72 hours."
      testId="cooperative-coordinators"
      actions={
        form ? null : (
          <Button size="small" variant="secondary" onClick={() => setForm(emptyCoordinatorInvite())}>
            Invite coordinator
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-y-4">
        {form ? (
          <FormShell onSubmit={submit} onCancel={close} submitLabel="Send invitation" isPending={invite.isPending} error={invite.error}>
            <CoordinatorInviteFields form={form} errors={errors} onChange={setForm} />
          </FormShell>
        ) : null}
        <ListTable
          error={error ?? resend.error}
          isLoading={isLoading}
          what="coordinators"
          isEmpty={!coordinators.length}
          empty="No coordinators yet: invite one so the cooperative can keep its stock current."
          header={
            <>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Language</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </>
          }
        >
          {coordinators.map((coordinator) => (
            <Table.Row key={coordinator.id}>
              <Table.Cell>
                {coordinator.name}
                {coordinator.phone ? <span className="block text-ui-fg-subtle">{coordinator.phone}</span> : null}
              </Table.Cell>
              <Table.Cell>{coordinator.email}</Table.Cell>
              <Table.Cell>{LANGUAGE_LABELS[coordinator.preferred_language] ?? coordinator.preferred_language}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={COORDINATOR_STATUS_COLORS[coordinator.status] ?? "grey"}>
                  {STATUS_LABELS[coordinator.status] ?? coordinator.status}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell className="text-right">
                {coordinator.status === "invited" ? (
                  <Button
                    size="small"
                    variant="transparent"
                    aria-label={`Resend invitation to ${coordinator.email}`}
                    isLoading={resend.isPending && resend.variables?.id === coordinator.id}
                    disabled={resend.isPending}
                    onClick={() => resend.mutate(coordinator)}
                  >
                    Resend invitation
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </ListTable>
      </div>
    </Section>
  )
}
