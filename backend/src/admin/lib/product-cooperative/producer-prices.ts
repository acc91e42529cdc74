import { fromMinor } from "@telar/fair-trade"
import type { FormResult } from "../form"
import { parseMoneyInput } from "../money"
import { type SplitVariant, storedProducerPrice } from "../product-split"

/** What staff typed per variant id. */
export type ProducerPriceDrafts = Record<string, string>

export type ProducerPricesBody = { prices: { variant_id: string; amount: string }[] }

/** The producer prices as the form starts: the stored amount in major units, or empty. */
export function producerPriceDrafts(variants: SplitVariant[]): ProducerPriceDrafts {
  const drafts: ProducerPriceDrafts = {}
  for (const variant of variants) {
    const stored = storedProducerPrice(variant)
    drafts[variant.id] = stored ? fromMinor(stored.amount, stored.currency) : ""
  }
  return drafts
}

/** The producer price a variant's split previews: what staff typed when it is an amount, else the stored one. */
export function previewProducerPrice(
  variant: SplitVariant,
  draft: string | undefined,
  currency: string
): { amount: number; currency: string } | null {
  const stored = storedProducerPrice(variant)
  if (draft === undefined || !draft.trim()) return stored
  const parsed = parseMoneyInput(draft, stored?.currency ?? currency)
  return "minor" in parsed ? { amount: parsed.minor, currency: stored?.currency ?? currency } : stored
}

/**
 * POST …/producer-prices' body: the changed prices only, as exact decimal text in the payout
 * currency. A stored price cannot be emptied (the API has no removal), and each amount is checked
 * for the currency's decimals before anything is sent.
 */
export function producerPricesPayload(
  variants: SplitVariant[],
  drafts: ProducerPriceDrafts,
  currency: string
): FormResult<ProducerPricesBody, ProducerPriceDrafts> {
  const errors: Partial<ProducerPriceDrafts> = {}
  const prices: ProducerPricesBody["prices"] = []
  for (const variant of variants) {
    const text = (drafts[variant.id] ?? "").trim()
    const stored = storedProducerPrice(variant)
    const priceCurrency = stored?.currency ?? currency
    if (!text) {
      if (stored) errors[variant.id] = "A producer price cannot be removed: enter the agreed amount."
      continue
    }
    const parsed = parseMoneyInput(text, priceCurrency)
    if ("error" in parsed) {
      errors[variant.id] = parsed.error
      continue
    }
    if (stored && stored.amount === parsed.minor) continue
    prices.push({ variant_id: variant.id, amount: fromMinor(parsed.minor, priceCurrency) })
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, payload: { prices } }
}
