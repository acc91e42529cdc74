import { clabeProblem } from "@telar/fair-trade"

/** A CLABE as typed or pasted ("032 180 000118359719", "032-180-…") without its spaces and hyphens. */
export function normaliseClabe(text: string): string {
  return text.replace(/[\s-]/g, "")
}

/** A CLABE or Stripe account id with only its last four characters shown, as staff see it unless they edit the account. */
export function maskAccountNumber(value: string | null | undefined): string {
  if (!value) return "—"
  const compact = normaliseClabe(value)
  return compact.length <= 4 ? "••••" : `•••• ${compact.slice(-4)}`
}

/** Why a typed CLABE would be refused, in the words the API uses, or null when it is good. */
export function clabeInputError(text: string): string | null {
  const clabe = normaliseClabe(text)
  if (!clabe) return "A SPEI payout account needs a CLABE."
  const problem = clabeProblem(clabe)
  if (problem === "format")
    return `A CLABE has exactly 18 digits: this one has ${clabe.replace(/\D/g, "").length}${/\D/.test(clabe) ? " and other characters" : ""}.`
  if (problem === "check_digit") return "This CLABE's check digit is wrong: copy it again from the bank statement."
  return null
}
