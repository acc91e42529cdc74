import { fromMinor } from "@telar/fair-trade"
import type { PayoutRecord } from "../../modules/payout/payouts"

/** The columns of a batch's bank file, as a Mexican bank's staff read them. */
export const SPEI_CSV_HEADER = ["CLABE", "Beneficiario", "Monto", "Referencia"] as const

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe first (OWASP's advice for CSV injection).
 */
export function csvField(value: string, { text = true }: { text?: boolean } = {}): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Lines end in CRLF, the last one too (RFC 4180). */
export function csvDocument(rows: string[][]): string {
  return rows.map((row) => `${row.join(",")}\r\n`).join("")
}

/**
 * The bank file of a batch: one line per SPEI payout still to send (pending), with the CLABE and
 * holder copied when the batch was made, the amount in pesos with two decimals and the reference
 * the cooperative's statement will show. Paid and failed payouts are left out, so a file
 * downloaded again never sends a settled payout a second time.
 */
export function speiBatchCsv(payouts: PayoutRecord[]): string {
  const lines = payouts
    .filter((payout) => payout.method === "spei" && payout.status === "pending")
    .map((payout) => [
      csvField(payout.clabe ?? "", { text: false }),
      csvField(payout.account_holder),
      csvField(fromMinor(payout.amount, payout.currency_code), { text: false }),
      csvField(payout.reference),
    ])
  return csvDocument([SPEI_CSV_HEADER.map((title) => csvField(title)), ...lines])
}
