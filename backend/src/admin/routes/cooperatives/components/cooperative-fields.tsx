import { Heading } from "@medusajs/ui"
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../../lib/components/fields"
import { CHIAPAS_REGIONS } from "../../../lib/constants"
import type { CooperativeForm } from "../../../lib/cooperative-form"
import type { FormErrors } from "../../../lib/form"
import { handleFromName } from "../../../lib/form"

const REGION_OPTIONS = CHIAPAS_REGIONS.map((region) => ({ value: region, label: region }))

type Props = {
  form: CooperativeForm
  errors: FormErrors<CooperativeForm>
  onChange: (form: CooperativeForm) => void
  /** On a new cooperative the handle follows the name until staff edit it. */
  suggestHandle?: boolean
}

/** The cooperative's own fields, shared by the create page and the edit form. */
export const CooperativeFields = ({ form, errors, onChange, suggestHandle }: Props) => {
  const set = <K extends keyof CooperativeForm>(key: K, value: CooperativeForm[K]) => onChange({ ...form, [key]: value })
  return (
    <div className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField
          label="Name"
          required
          value={form.name}
          error={errors.name}
          onChange={(name) =>
            onChange({
              ...form,
              name,
              handle: suggestHandle && form.handle === handleFromName(form.name) ? handleFromName(name) : form.handle,
            })
          }
        />
        <TextField
          label="Handle"
          required
          value={form.handle}
          error={errors.handle}
          hint="The cooperative's address in the shop: lowercase letters, digits and hyphens."
          onChange={(handle) => set("handle", handle)}
        />
        <TextField
          label="Community"
          required
          value={form.community}
          error={errors.community}
          onChange={(value) => set("community", value)}
        />
        <TextField
          label="Municipality"
          required
          value={form.municipality}
          error={errors.municipality}
          onChange={(value) => set("municipality", value)}
        />
        <SelectField
          label="Region"
          required
          value={form.region}
          options={REGION_OPTIONS}
          error={errors.region}
          placeholder="Choose a region of Chiapas"
          onChange={(region) => set("region", region)}
        />
        <div className="grid grid-cols-2 gap-4">
          <TextField
            label="Latitude"
            required
            inputMode="decimal"
            value={form.latitude}
            error={errors.latitude}
            placeholder="16.737"
            onChange={(value) => set("latitude", value)}
          />
          <TextField
            label="Longitude"
            required
            inputMode="decimal"
            value={form.longitude}
            error={errors.longitude}
            placeholder="-92.638"
            onChange={(value) => set("longitude", value)}
          />
        </div>
        <TextField
          label="Founded in"
          inputMode="numeric"
          value={form.founded_year}
          error={errors.founded_year}
          placeholder="1996"
          onChange={(value) => set("founded_year", value)}
        />
        <TextField
          label="Member families"
          inputMode="numeric"
          value={form.member_families}
          error={errors.member_families}
          onChange={(value) => set("member_families", value)}
        />
        <TextField
          label="Languages"
          value={form.languages}
          hint="Separated by commas, e.g. Tsotsil, Spanish."
          onChange={(value) => set("languages", value)}
        />
        <TextField label="Crafts" value={form.crafts} hint="In English, separated by commas." onChange={(value) => set("crafts", value)} />
        <TextField
          label="Crafts in Spanish"
          value={form.crafts_es}
          error={errors.crafts_es}
          hint="One for each craft, in the same order, e.g. Telar de cintura."
          onChange={(value) => set("crafts_es", value)}
        />
      </div>
      <div className="flex flex-col gap-y-4">
        <Heading level="h3">Story</Heading>
        <TextAreaField label="Story (English)" value={form.story_en} onChange={(value) => set("story_en", value)} />
        <TextAreaField label="Story (Spanish)" value={form.story_es} onChange={(value) => set("story_es", value)} />
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField label="Contact email" type="email" value={form.contact_email} onChange={(value) => set("contact_email", value)} />
        <TextField label="Contact phone" type="tel" value={form.contact_phone} onChange={(value) => set("contact_phone", value)} />
        <TextField label="Logo URL" type="url" value={form.logo_url} hint="https:// only." onChange={(value) => set("logo_url", value)} />
        <TextField
          label="Cover image URL"
          type="url"
          value={form.cover_url}
          hint="https:// only."
          onChange={(value) => set("cover_url", value)}
        />
      </div>
      <CheckboxField
        label="Demo cooperative"
        hint="A fictional cooperative for trying the shop: its page tells shoppers so."
        checked={form.is_demo}
        onChange={(value) => set("is_demo", value)}
      />
    </div>
  )
}
