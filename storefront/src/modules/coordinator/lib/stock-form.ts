import type { StockChangeOutcome, StockChangeResult } from "@telar/types"
import type { StockChangeFailure, StockChangeInput } from "@/lib/data/coordinator"
import { cookieJsonObject } from "./cookie-json"

/**
 * A stepper's tap before (or without) JavaScript: its form posts to /api/portal/stock, and the
 * shelf that comes back says what became of it. Storage-free, so it is tested without Next.
 */

/** What the shelf says about the last tap posted as a form: the backend's own words, or a failure the page words. */
export type ShelfNotice =
  | { variant_id: string; outcome: StockChangeOutcome; message: string }
  | { variant_id: string; error: StockChangeFailure["error"] }

const OUTCOMES: readonly string[] = ["applied", "refused", "conflict"] satisfies StockChangeOutcome[]
const ERRORS: readonly string[] = ["sessionExpired", "unreachable", "rejected", "generic"] satisfies StockChangeFailure["error"][]
/** The backend's own rule for a client_mutation_id. */
const MUTATION_ID = /^[A-Za-z0-9_.:-]{1,100}$/
const VARIANT_ID = /^variant_[A-Za-z0-9]{1,64}$/
const QUANTITY = /^\d{1,6}$/

const field = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

/** The piece a stepper's form is about, or null when the form names none. */
export function stockFormVariant(form: FormData): string | null {
  const variantId = field(form, "variant_id")
  return VARIANT_ID.test(variantId) ? variantId : null
}

/** The change a stepper's form asks for (one more or one less, over the count the page showed), or null for anything else. */
export function stockFormChange(form: FormData): StockChangeInput | null {
  const variantId = stockFormVariant(form)
  const clientMutationId = field(form, "client_mutation_id")
  const delta = field(form, "delta")
  const expected = field(form, "expected_stocked_quantity")
  if (!variantId || !MUTATION_ID.test(clientMutationId) || (delta !== "1" && delta !== "-1") || !QUANTITY.test(expected)) return null
  return {
    client_mutation_id: clientMutationId,
    variant_id: variantId,
    delta: Number(delta),
    expected_stocked_quantity: Number(expected),
  }
}

/** What the shelf says about a piece after the backend answered (or did not). */
export function shelfNotice(variantId: string, answer: StockChangeResult | StockChangeFailure): ShelfNotice {
  if ("error" in answer) return { variant_id: variantId, error: answer.error }
  return { variant_id: answer.variant_id, outcome: answer.outcome, message: answer.message }
}

/** A notice as its cookie kept it, or null for anything that is not one. */
export function readShelfNotice(raw: string | undefined): ShelfNotice | null {
  const notice = cookieJsonObject(raw)
  if (!notice) return null
  if (typeof notice.variant_id !== "string" || !VARIANT_ID.test(notice.variant_id)) return null
  if (typeof notice.error === "string" && ERRORS.includes(notice.error)) {
    return { variant_id: notice.variant_id, error: notice.error as StockChangeFailure["error"] }
  }
  if (typeof notice.outcome === "string" && OUTCOMES.includes(notice.outcome) && typeof notice.message === "string") {
    return { variant_id: notice.variant_id, outcome: notice.outcome as StockChangeOutcome, message: notice.message }
  }
  return null
}
