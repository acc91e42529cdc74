import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { ErrorAlert } from "../../../lib/components/feedback"
import { Detail, Section } from "../../../lib/components/section"
import { type CooperativeForm, cooperativeToForm, cooperativeUpdatePayload } from "../../../lib/cooperative-form"
import { type FormErrors, joinList } from "../../../lib/form"
import type { AdminCooperative } from "../../../lib/types"
import { CooperativeFields } from "./cooperative-fields"
import { useUpdateCooperative } from "./use-update-cooperative"

/** The cooperative's fields: read, or edited in place (only changed fields are sent). */
export const GeneralSection = ({ cooperative }: { cooperative: AdminCooperative }) => {
  const [form, setForm] = useState<CooperativeForm | null>(null)
  const [errors, setErrors] = useState<FormErrors<CooperativeForm>>({})
  const update = useUpdateCooperative(cooperative.id)

  const close = () => {
    setForm(null)
    setErrors({})
    update.reset()
  }

  const save = () => {
    if (!form) return
    const result = cooperativeUpdatePayload(cooperative, form)
    setErrors(result.ok ? {} : result.errors)
    if (!result.ok) return
    if (!Object.keys(result.payload).length) return close()
    update.mutate(result.payload, {
      onSuccess: () => {
        toast.success("Cooperative saved.")
        close()
      },
    })
  }

  if (form) {
    return (
      <Section title="Edit details" testId="cooperative-details">
        <form
          className="flex flex-col gap-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          <CooperativeFields form={form} errors={errors} onChange={setForm} />
          <ErrorAlert error={update.error} />
          <div className="flex justify-end gap-2">
            <Button type="button" size="small" variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" size="small" isLoading={update.isPending}>
              Save details
            </Button>
          </div>
        </form>
      </Section>
    )
  }

  return (
    <Section
      title="Details"
      testId="cooperative-details"
      actions={
        <Button size="small" variant="secondary" onClick={() => setForm(cooperativeToForm(cooperative))}>
          Edit details
        </Button>
      }
    >
      <Detail label="Handle">{cooperative.handle}</Detail>
      <Detail label="Community">{cooperative.community}</Detail>
      <Detail label="Municipality">{cooperative.municipality}</Detail>
      <Detail label="Region">{cooperative.region}</Detail>
      <Detail label="Coordinates">
        {cooperative.latitude}, {cooperative.longitude}
      </Detail>
      <Detail label="Founded in">{cooperative.founded_year ?? "—"}</Detail>
      <Detail label="Member families">{cooperative.member_families ?? "—"}</Detail>
      <Detail label="Languages">{joinList(cooperative.languages) || "—"}</Detail>
      <Detail label="Crafts">{joinList(cooperative.crafts) || "—"}</Detail>
      <Detail label="Crafts in Spanish">{joinList(cooperative.crafts_es) || "—"}</Detail>
      <Detail label="Contact">{[cooperative.contact_email, cooperative.contact_phone].filter(Boolean).join(" · ") || "—"}</Detail>
      <Detail label="Stock location">{cooperative.stock_location?.name ?? "—"}</Detail>
      <Detail label="Demo data">{cooperative.is_demo ? "Yes" : "No"}</Detail>
      <Detail label="Story (English)">{cooperative.story_en || "—"}</Detail>
      <Detail label="Story (Spanish)">{cooperative.story_es || "—"}</Detail>
    </Section>
  )
}
