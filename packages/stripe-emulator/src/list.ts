/** Stripe list objects with cursor pagination (`limit`, `starting_after`, `ending_before`). */
import type { FormObject } from "./form"
import { getInt, getString } from "./form"
import { invalidRequest } from "./errors"

export interface ApiList<T> {
  object: "list"
  data: T[]
  has_more: boolean
  url: string
}

/** `items` must already be in Stripe's order (newest first). */
export function paginate<T extends { id: string }>(items: T[], query: FormObject, url: string): ApiList<T> {
  const limit = getInt(query, "limit") ?? 10
  if (limit < 1 || limit > 100) throw invalidRequest("Invalid limit: must be between 1 and 100", { param: "limit" })
  const after = getString(query, "starting_after")
  const before = getString(query, "ending_before")
  let start = 0
  let end = items.length
  if (after) {
    const i = items.findIndex((x) => x.id === after)
    if (i === -1) throw invalidRequest(`No such object: '${after}'`, { param: "starting_after", code: "resource_missing", status: 404 })
    start = i + 1
  } else if (before) {
    const i = items.findIndex((x) => x.id === before)
    if (i === -1) throw invalidRequest(`No such object: '${before}'`, { param: "ending_before", code: "resource_missing", status: 404 })
    end = i
    start = Math.max(0, end - limit)
  }
  const data = items.slice(start, Math.min(end, start + limit))
  const has_more = before ? start > 0 : start + data.length < end
  return { object: "list", data, has_more, url }
}
