import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Never sent to shoppers, whatever `fields` a request asks for. */
const PRIVATE_KEYS = new Set(["payout_account", "clabe", "stripe_account_id", "account_holder", "contact_email", "contact_phone"])

function scrub(value: unknown, depth = 0): unknown {
  if (depth > 12 || value === null || typeof value !== "object") return value
  if (Array.isArray(value)) {
    for (const item of value) scrub(item, depth + 1)
    return value
  }
  for (const key of Object.keys(value)) {
    if (PRIVATE_KEYS.has(key)) {
      delete (value as Record<string, unknown>)[key]
    } else {
      scrub((value as Record<string, unknown>)[key], depth + 1)
    }
  }
  return value
}

/** Wraps res.json on store routes so cooperative payout and contact data cannot leak through links. */
export function scrubPrivateFields(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => json(scrub(body))
  next()
}
