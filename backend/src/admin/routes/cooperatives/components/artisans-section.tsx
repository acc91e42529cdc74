import { Button, Table, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { adminFetch } from "../../../lib/api"
import { TextAreaField, TextField } from "../../../lib/components/fields"
import { ErrorAlert, Loading, Muted } from "../../../lib/components/feedback"
import { Section } from "../../../lib/components/section"
import { type FormErrors, handleFromName } from "../../../lib/form"
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
  const set = <K extends keyof ArtisanForm>(key: K, value: ArtisanForm[K]) => onChange({ ...form, [key]: value })
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <TextField
        label="Artisan name"
        required
        value={form.name}
        error={errors.name}
        onChange={(name) =>
          // A new artisan's handle follows the name until staff change it.
          onChange({
            ...form,
            name,
            handle: !editing.artisan && form.handle === handleFromName(form.name) ? handleFromName(name) : form.handle,
          })
        }
      />
      <TextField label="Artisan handle" required value={form.handle} error={errors.handle} onChange={(value) => set("handle", value)} />
      <TextField
        label="Craft"
        required
        value={form.craft}
        error={errors.craft}
        placeholder="Backstrap weaving"
        onChange={(value) => set("craft", value)}
      />
      <TextField
        label="Craft in Spanish"
        value={form.craft_es}
        placeholder="Telar de cintura"
        onChange={(value) => set("craft_es", value)}
      />
      <TextAreaField label="Biography (English)" value={form.bio_en} onChange={(value) => set("bio_en", value)} />
      <TextAreaField label="Biography (Spanish)" value={form.bio_es} onChange={(value) => set("bio_es", value)} />
      <TextField
        label="Portrait URL"
        type="url"
        value={form.portrait_url}
        hint="https:// only."
        onChange={(value) => set("portrait_url", value)}
      />
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
    <form
      className="flex flex-col gap-y-4 rounded-lg border border-ui-border-base p-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <ArtisanFormFields editing={editing} errors={errors} onChange={(next) => setEditing({ ...editing, form: next })} />
      <ErrorAlert error={save.error} />
      <div className="flex justify-end gap-2">
        <Button type="button" size="small" variant="secondary" onClick={close}>
          Cancel
        </Button>
        <Button type="submit" size="small" isLoading={save.isPending}>
          {editing.artisan ? "Save artisan" : "Add artisan"}
        </Button>
      </div>
    </form>
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
        <ErrorAlert error={error ?? remove.error} />
        {isLoading ? (
          <Loading what="artisans" />
        ) : !artisans.length ? (
          <Muted>No artisans yet.</Muted>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Craft</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Products</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
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
            </Table.Body>
          </Table>
        )}
      </div>
    </Section>
  )
}
