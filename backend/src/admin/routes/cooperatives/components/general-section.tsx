import { Button } from "@medusajs/ui"
import { EditSection } from "../../../lib/components/form-shell"
import { Detail, Section } from "../../../lib/components/section"
import { type CooperativeForm, cooperativeToForm, cooperativeUpdatePayload } from "../../../lib/cooperative-form"
import { joinList } from "../../../lib/form"
import type { AdminCooperative } from "../../../lib/types"
import { CooperativeFields } from "./cooperative-fields"
import { useCooperativeEdit } from "./use-update-cooperative"

/** The cooperative's fields: read, or edited in place (only changed fields are sent). */
export const GeneralSection = ({ cooperative }: { cooperative: AdminCooperative }) => {
  const { form, setForm, errors, close, save, update } = useCooperativeEdit(cooperative.id, {
    toPayload: (next: CooperativeForm) => cooperativeUpdatePayload(cooperative, next),
    toBody: (payload) => payload,
    saved: "Cooperative saved.",
  })

  if (form) {
    return (
      <EditSection
        title="Edit details"
        testId="cooperative-details"
        onSubmit={save}
        onCancel={close}
        submitLabel="Save details"
        isPending={update.isPending}
        error={update.error}
      >
        <CooperativeFields form={form} errors={errors} onChange={setForm} />
      </EditSection>
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
