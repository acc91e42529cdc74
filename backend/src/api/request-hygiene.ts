import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const MAX_LIMIT = 100000
const ORDER = /^-?[A-Za-z_][A-Za-z0-9_.]{0,80}(,-?[A-Za-z_][A-Za-z0-9_.]{0,80}){0,5}$/

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000")
  if (depth > 20 || value === null || typeof value !== "object") return false
  return Object.entries(value as Record<string, unknown>).some(([key, item]) => key.includes("\u0000") || hasNul(item, depth + 1))
}

const refuse = (res: MedusaResponse, message: string) => res.status(400).json({ type: "invalid_data", message })

/**
 * In front of every route: input PostgreSQL would choke on answers 400 with a message instead of
 * a 500 (NUL characters, negative or non-integer paging, an `order` that is not a field name).
 */
export function requestHygiene(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (/%00/.test(req.originalUrl) || req.originalUrl.includes("\u0000") || hasNul(req.query) || hasNul(req.body)) {
    return refuse(res, "Text must not contain NUL (\\0) characters.")
  }
  for (const key of ["limit", "offset"] as const) {
    const value = req.query[key]
    if (value === undefined) continue
    const number = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : NaN
    if (!Number.isInteger(number) || (key === "limit" && number > MAX_LIMIT)) {
      return refuse(res, `${key} must be a whole number from 0${key === "limit" ? ` to ${MAX_LIMIT}` : ""}.`)
    }
  }
  const order = req.query.order
  if (order !== undefined && (typeof order !== "string" || !ORDER.test(order))) {
    return refuse(res, "order must be a field name, optionally prefixed with - for descending order (e.g. -created_at).")
  }
  next()
}

/** Line quantities are whole pieces: 1 or more when adding, 0 (remove) or more when changing. */
export function wholeQuantity(minimum: 0 | 1) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const quantity = (req.body as { quantity?: unknown } | undefined)?.quantity
    if (quantity === undefined && minimum === 0) return next()
    if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < minimum || quantity > 10000) {
      return refuse(res, `quantity must be a whole number of pieces from ${minimum} to 10000.`)
    }
    next()
  }
}
