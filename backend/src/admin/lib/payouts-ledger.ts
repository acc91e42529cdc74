import { fromMinor, toMinor } from "@telar/fair-trade"
import { apiPath } from "./api"
import type { LedgerEntryType } from "./constants"
import type { FormResult } from "./form"
import { formatMoney, parseMoneyInput } from "./money"
import type { AdminLedgerEntry } from "./types"

/** A ledger entry with the snapshot that produced it (producer price, quantity, rate; a reversal's cause). */
export type AdminLedgerEntryWithSnapshot = AdminLedgerEntry & { snapshot?: Record<string, unknown> | null }

/** What the ledger view filters by; the API filters by type and order, newest first. */
export type LedgerFilters = { type: LedgerEntryType | "all"; order_id: string }

export const EMPTY_LEDGER_FILTERS: LedgerFilters = { type: "all", order_id: "" }

/** The query of GET /admin/cooperatives/:id/ledger for one page of the filtered ledger. */
export function ledgerQuery(filters: LedgerFilters, page: number, pageSize: number): Record<string, string | number> {
  const query: Record<string, string | number> = { limit: pageSize, offset: page * pageSize }
  if (filters.type !== "all") query.type = filters.type
  if (filters.order_id.trim()) query.order_id = filters.order_id.trim()
  return query
}

/**
 * Why a typed order reference cannot find entries, or null. Entries keep the order's id
 * (order_01…); staff often type the number shown in the order list (#1042) instead.
 */
export function orderIdError(text: string): string | null {
  const value = text.trim()
  if (!value) return null
  if (/^#?\d+$/.test(value))
    return `Enter the order's id (order_01…), not its number ${value}: open the order and copy the id from its address.`
  if (value.length > 100 || /\s/.test(value)) return "An order id is one word, e.g. order_01JF3…"
  return null
}

const REVERSAL_CAUSES: Record<string, string> = { cancellation: "order cancelled", refund: "refund", return: "return" }

/** What produced an entry, from its snapshot: "2 × MX$350.00 at 18.25 MXN/USD", "refund"; empty when it says nothing more. */
export function ledgerEntryDetail(entry: Pick<AdminLedgerEntryWithSnapshot, "type" | "snapshot">): string {
  const snapshot = entry.snapshot ?? {}
  if (entry.type === "reversal") {
    const cause = typeof snapshot.cause === "string" ? snapshot.cause : ""
    return REVERSAL_CAUSES[cause] ?? ""
  }
  if (entry.type !== "earning") return ""
  const quantity = typeof snapshot.quantity === "number" ? snapshot.quantity : null
  const price = snapshot.producer_price as { amount?: unknown; currency_code?: unknown } | null | undefined
  if (quantity === null || typeof price?.amount !== "number" || typeof price.currency_code !== "string") return ""
  const rate = snapshot.exchange_rate as { rate?: unknown; from?: unknown; to?: unknown } | null | undefined
  const at =
    rate && typeof rate.rate === "string" && typeof rate.from === "string" && typeof rate.to === "string"
      ? ` at ${rate.rate} ${rate.to.toUpperCase()}/${rate.from.toUpperCase()}`
      : ""
  return `${quantity} × ${formatMoney(price.amount, price.currency_code)}${at}`
}

export type StatementPeriod = { from: string; to: string; lang: "es" | "en" }

/** Why a statement period would be refused, or null; empty dates are the API's default (this month so far). */
export function statementPeriodError(period: Pick<StatementPeriod, "from" | "to">): string | null {
  const day = /^\d{4}-\d{2}-\d{2}$/
  if ((period.from && !day.test(period.from)) || (period.to && !day.test(period.to))) return "Dates are written YYYY-MM-DD."
  if (period.from && period.to && period.from > period.to) return "The period starts after it ends: swap the dates."
  return null
}

/** A cooperative's printable statement (HTML) of a period, opened with the admin's session cookie. */
export function statementHref(cooperativeId: string, period: StatementPeriod): string {
  return apiPath(`/admin/cooperatives/${encodeURIComponent(cooperativeId)}/statement`, {
    from: period.from,
    to: period.to,
    lang: period.lang,
  })
}

/** What GET and POST /admin/cooperatives/:id/advances answer (centavos). */
export type AdminAdvance = Pick<
  AdminLedgerEntryWithSnapshot,
  "id" | "created_at" | "amount" | "order_id" | "note" | "actor_id" | "snapshot"
> & {
  recovered: number
  outstanding: number
}
export type AdminAdvancesPage = {
  cooperative_id: string
  outstanding_advance: { amount: number; currency_code: string }
  balance: { amount: number; currency_code: string }
  advances: AdminAdvance[]
}

/** The largest advance the API takes, in pesos (a unit test checks it against the route's own limit). */
export const MAX_ADVANCE_PESOS = 5_000_000

export type AdvanceForm = { amount: string; note: string; order_id: string }
export const EMPTY_ADVANCE_FORM: AdvanceForm = { amount: "", note: "", order_id: "" }

/** POST /admin/cooperatives/:id/advances: pesos as text ("2500.00"), why, the order it is for, and the key that makes a retry harmless. */
export type AdvancePayload = { amount: string; currency_code: "mxn"; note: string; order_id?: string; idempotency_key: string }

/**
 * The advance to send, or a message per field. The idempotency key names this one grant: the form
 * keeps it until the advance is recorded, so a double click or a retry after a timeout grants once.
 */
export function advancePayload(form: AdvanceForm, idempotencyKey: string): FormResult<AdvancePayload, AdvanceForm> {
  const errors: Partial<Record<keyof AdvanceForm, string>> = {}
  const parsed = parseMoneyInput(form.amount, "mxn")
  if ("error" in parsed) errors.amount = parsed.error
  else if (parsed.minor <= 0) errors.amount = "An advance is more than 0."
  else if (parsed.minor > MAX_ADVANCE_PESOS * 100) errors.amount = `An advance is at most ${formatMoney(MAX_ADVANCE_PESOS * 100, "mxn")}.`
  const note = form.note.trim()
  if (note.length < 3) errors.note = "Say what the advance is for, e.g. half of the commissioned huipiles."
  else if (note.length > 500) errors.note = "Keep it under 500 characters."
  const orderError = orderIdError(form.order_id)
  if (orderError) errors.order_id = orderError
  if (Object.keys(errors).length || "error" in parsed) return { ok: false, errors }
  const orderId = form.order_id.trim()
  return {
    ok: true,
    payload: {
      amount: fromMinor(parsed.minor, "mxn"),
      currency_code: "mxn",
      note,
      ...(orderId ? { order_id: orderId } : {}),
      idempotency_key: idempotencyKey,
    },
  }
}

/** The advance's amount as money, for the confirmation. */
export function advanceAmountLabel(payload: Pick<AdvancePayload, "amount" | "currency_code">): string {
  return formatMoney(toMinor(payload.amount, payload.currency_code), payload.currency_code)
}

/** A fresh idempotency key for one advance grant (getRandomValues: randomUUID needs https, the admin may be served over http). */
export function newAdvanceKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  return `advance_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`
}
