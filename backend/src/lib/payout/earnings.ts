import { type AmountLike, type ExchangeRate, moneySplit, roundToMinor } from "@telar/fair-trade"
import type { LedgerActorType } from "../../modules/payout/models/ledger-entry"
import { LEDGER_CURRENCY, type LedgerEntryInput } from "../../modules/payout/service"

/** One line of a placed order, as Medusa stores it (unit price in major units of the order's currency). */
export type EarningOrderLine = {
  id: string
  quantity: number
  unit_price: AmountLike
  variant_id: string | null
  product_id: string | null
}

export type EarningOrder = { id: string; currency_code: string; created_at: string | Date; items: EarningOrderLine[] }

/** What the variant's cooperative agreed to be paid per unit (major units of its payout currency). */
export type VariantTerms = {
  cooperative_id: string | null
  producer_price: { id: string; amount: AmountLike; currency_code: string } | null
}

/** A row of the exchange-rate history: the rate in force when the order was placed. */
export type RateInForce = ExchangeRate & { id: string; set_at: string }

export type SkippedLine = { line_item_id: string; reason: "no_cooperative" | "no_producer_price" | "not_in_ledger_currency" }

export type EarningsPlan = { entries: LedgerEntryInput[]; skipped: SkippedLine[] }

/** The one key an earning of a line can have: the ledger's unique index makes it exactly once. */
export const earningKey = (lineItemId: string) => `earning:${lineItemId}`

/**
 * The earnings an order owes, one per line: the producer price × quantity in centavos, from the
 * same moneySplit the product page shows. Everything that produced the amount goes into the
 * snapshot, so later edits of prices or rates change nothing already owed. Lines of products
 * without a cooperative or a producer price owe nothing to anyone and are reported as skipped.
 */
export function planOrderEarnings(input: {
  order: EarningOrder
  terms: Map<string, VariantTerms>
  /** The rate in force at the order's time between its currency and the ledger's, if any. */
  rate: RateInForce | null
  actor: { type: LedgerActorType; id: string | null }
}): EarningsPlan {
  const { order, terms, rate, actor } = input
  const orderCurrency = order.currency_code.toLowerCase()
  const entries: LedgerEntryInput[] = []
  const skipped: SkippedLine[] = []
  for (const line of order.items) {
    const variantTerms = line.variant_id ? terms.get(line.variant_id) : undefined
    if (!variantTerms?.cooperative_id) {
      skipped.push({ line_item_id: line.id, reason: "no_cooperative" })
      continue
    }
    const producer = variantTerms.producer_price
    const producerAmount = producer ? roundToMinor(producer.amount, producer.currency_code) : null
    if (!producer || producerAmount === null || producerAmount <= 0) {
      skipped.push({ line_item_id: line.id, reason: "no_producer_price" })
      continue
    }
    const producerCurrency = producer.currency_code.toLowerCase()
    if (producerCurrency !== LEDGER_CURRENCY) {
      skipped.push({ line_item_id: line.id, reason: "not_in_ledger_currency" })
      continue
    }
    const unitPrice = roundToMinor(line.unit_price, orderCurrency) ?? 0
    const needsRate = orderCurrency !== producerCurrency
    // Without a rate the split cannot be shown, but the producer price is owed in full all the same.
    const split =
      needsRate && !rate
        ? null
        : moneySplit({
            price: { amount: unitPrice, currency: orderCurrency },
            producerPrice: { amount: producerAmount, currency: producerCurrency },
            exchangeRate: needsRate && rate ? { from: rate.from, to: rate.to, rate: rate.rate } : undefined,
            quantity: line.quantity,
          })
    const amount = split ? split.cooperativePayout.amount : producerAmount * line.quantity
    entries.push({
      entry_key: earningKey(line.id),
      cooperative_id: variantTerms.cooperative_id,
      type: "earning",
      amount,
      currency_code: LEDGER_CURRENCY,
      order_id: order.id,
      line_item_id: line.id,
      snapshot: {
        order_placed_at: new Date(order.created_at).toISOString(),
        variant_id: line.variant_id,
        product_id: line.product_id,
        quantity: line.quantity,
        producer_price: { id: producer.id, amount: producerAmount, currency_code: producerCurrency },
        unit_price: { amount: unitPrice, currency_code: orderCurrency },
        exchange_rate: needsRate && rate ? { id: rate.id, from: rate.from, to: rate.to, rate: rate.rate, set_at: rate.set_at } : null,
        split: split
          ? {
              currency_code: split.currency,
              total: split.total,
              cooperative: split.cooperative,
              network: split.network,
              cooperative_share_bps: split.cooperativeShareBps,
              below_producer_price: split.belowProducerPrice,
            }
          : null,
      },
      actor_type: actor.type,
      actor_id: actor.id,
      note: null,
    })
  }
  return { entries, skipped }
}
