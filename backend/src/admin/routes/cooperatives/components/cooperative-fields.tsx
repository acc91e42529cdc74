import { Heading } from "@medusajs/ui"
import { CheckboxField, fieldBinder, SelectField, TextAreaField, TextField } from "../../../lib/components/fields"
import { CHIAPAS_REGIONS } from "../../../lib/constants"
import type { CooperativeForm } from "../../../lib/cooperative-form"
import type { FormErrors } from "../../../lib/form"
import { withName } from "../../../lib/form"

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
  const field = fieldBinder(form, errors, onChange)
  return (
    <div className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField label="Name" required {...field("name")} onChange={(name) => onChange(withName(form, name, !!suggestHandle))} />
        <TextField
          label="Handle"
          required
          hint="The cooperative's address in the shop: lowercase letters, digits and hyphens."
          {...field("handle")}
        />
        <TextField label="Community" required {...field("community")} />
        <TextField label="Municipality" required {...field("municipality")} />
        <SelectField label="Region" required options={REGION_OPTIONS} placeholder="Choose a region of Chiapas" {...field("region")} />
        <div className="grid grid-cols-2 gap-4">
          <TextField label="Latitude" required inputMode="decimal" placeholder="16.737" {...field("latitude")} />
          <TextField label="Longitude" required inputMode="decimal" placeholder="-92.638" {...field("longitude")} />
        </div>
        <TextField label="Founded in" inputMode="numeric" placeholder="1996" {...field("founded_year")} />
        <TextField label="Member families" inputMode="numeric" {...field("member_families")} />
        <TextField label="Languages" hint="Separated by commas, e.g. Tsotsil, Spanish." {...field("languages")} />
        <TextField label="Crafts" hint="In English, separated by commas." {...field("crafts")} />
        <TextField label="Crafts in Spanish" hint="One for each craft, in the same order, e.g. Telar de cintura." {...field("crafts_es")} />
      </div>
      <div className="flex flex-col gap-y-4">
        <Heading level="h3">Story</Heading>
        <TextAreaField label="Story (English)" {...field("story_en")} />
        <TextAreaField label="Story (Spanish)" {...field("story_es")} />
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField label="Contact email" type="email" {...field("contact_email")} />
        <TextField label="Contact phone" type="tel" {...field("contact_phone")} />
        <TextField label="Logo URL" type="url" hint="https:// only." {...field("logo_url")} />
        <TextField label="Cover image URL" type="url" hint="https:// only." {...field("cover_url")} />
      </div>
      <CheckboxField
        label="Demo cooperative"
        hint="A fictional cooperative for trying the shop: its page tells shoppers so."
        checked={form.is_demo}
        onChange={(value) => onChange({ ...form, is_demo: value })}
      />
    </div>
  )
}
