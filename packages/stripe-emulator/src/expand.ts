/** `expand[]=payment_method`, `expand[]=data.latest_charge`, ... */
import type { FormObject } from "./form"
import { getExpand } from "./form"
import type { Store } from "./store"
import { clone } from "./util"

function expandPath(target: unknown, segments: string[], store: Store): void {
  if (!target || typeof target !== "object" || segments.length === 0) return
  const obj = target as Record<string, unknown>
  const [head, ...rest] = segments
  if (head === "data" && Array.isArray(obj.data) && obj.object === "list") {
    for (const item of obj.data) expandPath(item, rest, store)
    return
  }
  let value = obj[head]
  if (typeof value === "string") {
    const found = store.findById(value)
    if (found) {
      value = clone(found)
      obj[head] = value
    }
  }
  expandPath(value, rest, store)
}

/** Returns a copy of `value` with the requested (`expand` param) ids replaced by objects. */
export function expand<T>(value: T, params: FormObject, store: Store): T {
  const paths = getExpand(params)
  if (paths.length === 0) return value
  const copy = clone(value)
  for (const path of paths) expandPath(copy, path.split("."), store)
  return copy
}
