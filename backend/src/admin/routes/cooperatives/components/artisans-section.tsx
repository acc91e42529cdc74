import { Button, Table, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { adminFetch } from "../../../lib/api"
import { fieldBinder, TextAreaField, TextField } from "../../../lib/components/fields"
import { ListTable } from "../../../lib/components/list-table"
import { FormShell } from "../../../lib/components/form-shell"
import { Section } from "../../../lib/components/section"
import { type FormErrors, withName } from "../../../lib/form"
import { type ArtisanForm, artisanFormToPayload, artisanToForm } from "../../../lib/people-form"
import { telarKeys } from "../../../lib/queries"
import type { AdminArtisan } from "../../../lib/types"

type Editing = { artisan: AdminArtisan | null; form: ArtisanForm }

const ArtisanFormFields = ({
  editing,
  errors,
  onChange,
}: {
  editing: Editing
  errors: FormErrors<ArtisanForm>
  onChange: (form: ArtisanForm) => void
}) => {
  const { form } = editing
  const field = fieldBinder(form, errors, onChange)
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <TextField
        label="Artisan name"
        required
        {...field("name")}
        onChange={(name) =>
          // A new artisan's handle follows the name until staff change it.
          onChange(withName(form, name, !editing.artisan))
        }
      />
      <TextField label="Artisan handle" required {...field("handle")} />
      <TextField label="Craft" required placeholder="Backstrap weaving" {...field("craft")} />
      <TextField label="Craft in Spanish" placeholder="Telar de cintura" {...field("craft_es")} />
      <TextAreaField label="Biography (English)" {...field("bio_en")} />
      <TextAreaField label="Biography (Spanish)" {...field("bio_es")} />
      <TextField label="Portrait URL" type="url" hint="https:// only." {...field("portrait_url")} />
    </div>
  )
}

/** The cooperative's artisans: add, edit in place, remove (their products stay, without their name). */
export const ArtisansSection = ({ cooperativeId }: { cooperativeId: string }) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<Editing | null>(null)
  const [errors, setErrors] = useState<FormErrors<ArtisanForm>>({})
  const base = `/admin/cooperatives/${cooperativeId}/artisans`

  const { data, error, isLoading } = useQuery({
    queryKey: telarKeys.artisans(cooperativeId),
    queryFn: () => adminFetch<{ artisans: AdminArtisan[] }>(base),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: telarKeys.cooperative(cooperativeId) })

  const save = useMutation({
    mutationFn: ({ artisan, body }: { artisan: AdminArtisan | null; body: unknown }) =>
      adminFetch<{ artisan: AdminArtisan }>(artisan ? `${base}/${artisan.id}` : base, { method: "POST", body }),
    onSuccess: (_, { artisan }) => {
      toast.success(artisan ? "Artisan saved." : "Artisan added.")
      close()
      refresh()
    },
  })
  const remove = useMutation({
    mutationFn: (artisan: AdminArtisan) => adminFetch(`${base}/${artisan.id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("Artisan removed.")
      refresh()
    },
  })

  function close() {
    setEditing(null)
    setErrors({})
    save.reset()
  }

  const submit = () => {
    if (!editing) return
    const result = artisanFormToPayload(editing.form, editing.artisan)
    setErrors(result.ok ? {} : result.errors)
    if (!result.ok) return
    if (editing.artisan && !Object.keys(result.payload).length) return close()
    save.mutate({ artisan: editing.artisan, body: result.payload })
  }

  const confirmRemove = async (artisan: AdminArtisan) => {
    const confirmed = await prompt({
      title: `Remove ${artisan.name}?`,
      description: "Their products stay in the shop but no longer name them.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (confirmed) remove.mutate(artisan)
  }

  const artisans = data?.artisans ?? []
  const form = editing ? (
    <FormShell
      onSubmit={submit}
      onCancel={close}
      submitLabel={editing.artisan ? "Save artisan" : "Add artisan"}
      isPending={save.isPending}
      error={save.error}
    >
      <ArtisanFormFields editing={editing} errors={errors} onChange={(next) => setEditing({ ...editing, form: next })} />
    </FormShell>
  ) : null

  return (
    <Section
      title="Artisans"
      description="The people who make the cooperative's pieces; products name them."
      testId="cooperative-artisans"
      actions={
        editing ? null : (
          <Button size="small" variant="secondary" onClick={() => setEditing({ artisan: null, form: artisanToForm(null) })}>
            Add artisan
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-y-4">
        {editing && !editing.artisan ? form : null}
        <ListTable
          error={error ?? remove.error}
          isLoading={isLoading}
          what="artisans"
          isEmpty={!artisans.length}
          empty="No artisans yet."
          header={
            <>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Craft</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Products</Table.HeaderCell>
              <Table.HeaderCell />
            </>
          }
        >
          {artisans.map((artisan) =>
            editing?.artisan?.id === artisan.id ? (
              <Table.Row key={artisan.id}>
                <td colSpan={4} className="px-3 py-4">
                  {form}
                </td>
              </Table.Row>
            ) : (
              <Table.Row key={artisan.id}>
                <Table.Cell>{artisan.name}</Table.Cell>
                <Table.Cell>
                  {artisan.craft}
                  {artisan.craft_es ? <span className="text-ui-fg-subtle"> · {artisan.craft_es}</span> : null}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{artisan.products?.length ?? 0}</Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-2">
                    <Button
                      size="small"
                      variant="transparent"
                      aria-label={`Edit ${artisan.name}`}
                      disabled={!!editing}
                      onClick={() => setEditing({ artisan, form: artisanToForm(artisan) })}
                    >
                      Edit
                    </Button>
                    <Button
                      size="small"
                      variant="transparent"
                      aria-label={`Remove ${artisan.name}`}
                      disabled={!!editing}
                      isLoading={remove.isPending && remove.variables?.id === artisan.id}
                      onClick={() => confirmRemove(artisan)}
                    >
                      Remove
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            )
          )}
        </ListTable>
      </div>
    </Section>
  )
}
