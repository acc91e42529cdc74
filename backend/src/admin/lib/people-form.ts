import type { CoordinatorLanguage } from "./constants"
import { changedFields, type FormErrors, type FormResult, textOrNull } from "./form"
import type { AdminArtisan } from "./types"

export type ArtisanForm = {
  name: string
  handle: string
  craft: string
  craft_es: string
  bio_en: string
  bio_es: string
  portrait_url: string
}

export type ArtisanPayload = {
  name: string
  handle: string
  craft: string
  craft_es: string | null
  bio_en: string
  bio_es: string
  portrait_url: string | null
}

export function artisanToForm(artisan?: AdminArtisan | null): ArtisanForm {
  return {
    name: artisan?.name ?? "",
    handle: artisan?.handle ?? "",
    craft: artisan?.craft ?? "",
    craft_es: artisan?.craft_es ?? "",
    bio_en: artisan?.bio_en ?? "",
    bio_es: artisan?.bio_es ?? "",
    portrait_url: artisan?.portrait_url ?? "",
  }
}

/** A new artisan's body, or only what changed when `artisan` is the record being edited. */
export function artisanFormToPayload(form: ArtisanForm, artisan?: AdminArtisan | null): FormResult<Partial<ArtisanPayload>, ArtisanForm> {
  const errors: FormErrors<ArtisanForm> = {}
  if (!form.name.trim()) errors.name = "Give the artisan's name."
  if (!form.handle.trim()) errors.handle = "Give a handle, e.g. maria-lopez: it is the artisan's address in the shop."
  if (!form.craft.trim()) errors.craft = "Give the artisan's craft, e.g. Backstrap weaving."
  if (Object.keys(errors).length) return { ok: false, errors }
  const payload: ArtisanPayload = {
    name: form.name.trim(),
    handle: form.handle.trim(),
    craft: form.craft.trim(),
    craft_es: textOrNull(form.craft_es),
    bio_en: form.bio_en.trim(),
    bio_es: form.bio_es.trim(),
    portrait_url: textOrNull(form.portrait_url),
  }
  return { ok: true, payload: artisan ? changedFields<ArtisanPayload>(artisan, payload) : payload }
}

export type CoordinatorInviteForm = { name: string; email: string; phone: string; preferred_language: CoordinatorLanguage }

export type CoordinatorInvitePayload = { name: string; email: string; phone?: string; preferred_language: CoordinatorLanguage }

export function emptyCoordinatorInvite(): CoordinatorInviteForm {
  return { name: "", email: "", phone: "", preferred_language: "es" }
}

export function coordinatorInviteToPayload(form: CoordinatorInviteForm): FormResult<CoordinatorInvitePayload, CoordinatorInviteForm> {
  const errors: FormErrors<CoordinatorInviteForm> = {}
  if (!form.name.trim()) errors.name = "Give the coordinator's name."
  if (!form.email.trim()) errors.email = "Give the coordinator's email address: the invitation is sent there."
  if (Object.keys(errors).length) return { ok: false, errors }
  const payload: CoordinatorInvitePayload = {
    name: form.name.trim(),
    email: form.email.trim(),
    preferred_language: form.preferred_language,
  }
  if (form.phone.trim()) payload.phone = form.phone.trim()
  return { ok: true, payload }
}
