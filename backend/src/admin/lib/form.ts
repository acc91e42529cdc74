/** Small pieces every admin form uses to turn what staff typed into an API body. */

export type FormErrors<F> = Partial<Record<keyof F, string>>

/** Either the body to send, or a message per field that keeps it from being sent. */
export type FormResult<P, F> = { ok: true; payload: P } | { ok: false; errors: FormErrors<F> }

/** "Tsotsil, Spanish ,," -> ["Tsotsil", "Spanish"]. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
}

export function joinList(items: string[] | null | undefined): string {
  return (items ?? []).join(", ")
}

/** Empty text means "none" for the API's nullable fields. */
export function textOrNull(text: string): string | null {
  const value = text.trim()
  return value ? value : null
}

/** A whole number typed in a field; undefined when empty, NaN when it is not one. */
export function parseWholeNumber(text: string): number | undefined {
  const value = text.trim()
  if (!value) return undefined
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN
}

/** A decimal number typed in a field (coordinates); undefined when empty, NaN when it is not one. */
export function parseDecimal(text: string): number | undefined {
  const value = text.trim()
  if (!value) return undefined
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN
}

/** Only the keys whose value differs from what the record has: an update never rewrites what staff did not touch. */
export function changedFields<T extends Record<string, unknown>>(before: Partial<T>, after: T): Partial<T> {
  const changed: Partial<T> = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(normalise(before[key])) !== JSON.stringify(normalise(after[key]))) changed[key] = after[key]
  }
  return changed
}

// The API answers null, [] or "" where a form holds "" for "nothing": all count as equal.
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return null
  if (Array.isArray(value) && value.length === 0) return null
  return value
}

/** "Jolom Mayaetik, S.C." -> "jolom-mayaetik-s-c": the URL handle the API accepts (lowercase, digits, single hyphens). */
export function handleFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "")
}

/** The form with a new name; when `follow`, a handle still equal to the old name's suggestion follows the new name. */
export function withName<F extends { name: string; handle: string }>(form: F, name: string, follow: boolean): F {
  return { ...form, name, handle: follow && form.handle === handleFromName(form.name) ? handleFromName(name) : form.handle }
}
