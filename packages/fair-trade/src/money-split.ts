import { convertMinor, type ExchangeRate } from "./exchange-rate"
import { assertInteger, type Money } from "./money"

export type MoneySplitInput = {
  /** What the shopper pays for one unit, in the shopper's currency (minor units). */
  price: Money
  /** What the cooperative receives for one unit, in its payout currency (minor units). */
  producerPrice: Money
  /** Needed when the two currencies differ. */
  exchangeRate?: ExchangeRate
  quantity?: number
}

export type MoneySplit = {
  currency: string
  quantity: number
  /** Total the shopper pays for the line, in the shopper's currency. */
  total: number
  /** The cooperative's part, converted into the shopper's currency. */
  cooperative: number
  /** What stays with the network: operations, packing, card fees, shipping subsidy. */
  network: number
  /** The cooperative's part as basis points of the total (10000 = 100%). */
  cooperativeShareBps: number
  /** What the cooperative is actually paid, in its own currency: the ledger's number. */
  cooperativePayout: Money
  /** True when the price no longer covers the agreed producer price (e.g. after a rate change). */
  belowProducerPrice: boolean
}

/**
 * Where the shopper's money goes. One function for the product page and the payout ledger:
 * the cooperative is paid its producer price whatever currency the shopper pays in.
 */
export function moneySplit({ price, producerPrice, exchangeRate, quantity = 1 }: MoneySplitInput): MoneySplit {
  assertInteger(price.amount, "price")
  assertInteger(producerPrice.amount, "producer price")
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    throw new RangeError(`quantity must be a positive integer, got ${quantity}`)
  }
  if (price.amount < 0 || producerPrice.amount < 0) {
    throw new RangeError("prices cannot be negative")
  }
  const currency = price.currency.toLowerCase()
  const total = price.amount * quantity
  const payout = producerPrice.amount * quantity
  const cooperative = convertMinor(payout, producerPrice.currency, currency, exchangeRate)
  const network = total - cooperative
  const cooperativeShareBps = total === 0 ? 0 : Number((BigInt(cooperative) * 10000n) / BigInt(total))
  return {
    currency,
    quantity,
    total,
    cooperative,
    network,
    cooperativeShareBps,
    cooperativePayout: { amount: payout, currency: producerPrice.currency.toLowerCase() },
    belowProducerPrice: network < 0,
  }
}
