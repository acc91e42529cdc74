import { isReturnReason, type StoreRequestReturnBody } from "@telar/types"

/** Form field names of one piece in the "Return pieces" form. */
export const returnField = {
  quantity: (lineId: string) => `quantity:${lineId}`,
  reason: (lineId: string) => `reason:${lineId}`,
  note: (lineId: string) => `note:${lineId}`,
}

export type ReturnFormProblem = "nothingChosen" | "reasonMissing"

/**
 * The pieces a "Return pieces" form asks back: every piece with a quantity above zero, its reason
 * and note. `problem` when nothing was chosen or a chosen piece has no reason; `missing` names the
 * pieces without one.
 */
export function returnItemsFromForm(form: FormData): {
  items: StoreRequestReturnBody["items"]
  problem: ReturnFormProblem | null
  missing: string[]
} {
  const items: StoreRequestReturnBody["items"] = []
  const missing: string[] = []
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("quantity:")) continue
    const lineId = name.slice("quantity:".length)
    const quantity = Number(value)
    if (!lineId || !Number.isInteger(quantity) || quantity <= 0) continue
    const reason = String(form.get(returnField.reason(lineId)) ?? "")
    if (!isReturnReason(reason)) {
      missing.push(lineId)
      continue
    }
    const note = String(form.get(returnField.note(lineId)) ?? "").trim()
    items.push({ line_item_id: lineId, quantity, reason, ...(note ? { note: note.slice(0, 500) } : {}) })
  }
  const problem = missing.length ? "reasonMissing" : items.length ? null : "nothingChosen"
  return { items, problem, missing }
}
