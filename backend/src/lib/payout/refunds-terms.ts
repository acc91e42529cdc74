import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { type AmountLike, roundToMinor } from "@telar/fair-trade"
import { roundedShare } from "./rounding"

/** An order's money as its refunds and returns are reversed from: minor units of the order's currency. */
export type OrderMoney = {
  order_id: string
  currency_code: string
  /**
   * Every line, with or without an earning: each takes its share of a refund. `returned`: its
   * units back over all returns, received or dismissed (Medusa's own count on the line).
   */
  lines: { id: string; quantity: number; value: number; returned: number }[]
  /** Shipping with its tax: a refund of it reverses no earning. */
  shipping: number
  returns: {
    id: string
    status: string
    created_at: string
    items: { line_item_id: string; requested: number; received: number }[]
  }[]
  refunds: { id: string; amount: number; created_at: string; line_item_ids: string[] | null }[]
}

type Rows<T> = (T | null)[] | null | undefined
type ItemRow = {
  id: string
  quantity?: unknown
  detail?: { quantity?: unknown; return_received_quantity?: unknown; return_dismissed_quantity?: unknown } | null
  unit_price?: unknown
  total?: unknown
  is_tax_inclusive?: boolean | null
  tax_lines?: Rows<{ rate?: unknown }>
  adjustments?: Rows<{ amount?: unknown }>
}
type ReturnRow = {
  id: string
  status: string
  created_at: string | Date
  items?: Rows<{ item_id: string; quantity?: unknown; received_quantity?: unknown; damaged_quantity?: unknown }>
}
type RefundRow = { id: string; amount: unknown; created_at: string | Date; metadata?: { line_item_ids?: unknown } | null }
type OrderRow = {
  id: string
  currency_code: string
  shipping_total?: unknown
  items?: Rows<ItemRow>
  returns?: Rows<ReturnRow>
  payment_collections?: Rows<{ payments?: Rows<{ refunds?: Rows<RefundRow> }> }>
}

const present = <T>(rows: Rows<T>): T[] => (rows ?? []).filter((row): row is T => !!row)

const units = (value: unknown): number => {
  const number = Number(typeof value === "object" && value !== null && "value" in value ? (value as { value: unknown }).value : value)
  return Number.isFinite(number) && number > 0 ? Math.floor(number) : 0
}

/** Query hands totals back as Medusa BigNumber objects: read their exact decimal text. */
function decimal(amount: unknown): AmountLike {
  if (amount && typeof amount === "object") {
    const big = amount as { bigNumber?: { toFixed?: () => string }; raw?: { value?: string | number } }
    if (typeof big.bigNumber?.toFixed === "function") return big.bigNumber.toFixed()
    if (big.raw?.value !== undefined) return big.raw.value
  }
  return amount as AmountLike
}

function minor(amount: unknown, currency: string, what: string): number {
  const value = roundToMinor(decimal(amount), currency)
  if (value === null) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${what} (${JSON.stringify(amount)}) is not an amount.`)
  return value
}

/**
 * What the shopper paid for all of a line's units, discounts off and tax in. Medusa's `total`
 * counts only the units not received back, so it is scaled back up to the whole quantity; a line
 * that came back entirely has a total of 0 and is priced from its unit price, tax and adjustments.
 */
function lineValue(item: ItemRow, quantity: number, currency: string): number {
  const current = quantity - units(item.detail?.return_received_quantity) - units(item.detail?.return_dismissed_quantity)
  if (current > 0 && item.total !== undefined && item.total !== null) {
    // Scaled before it is rounded: the units kept may cost a fraction of a centavo (97.425 of 194.85).
    const whole = MathBN.div(MathBN.mult(MathBN.convert(decimal(item.total) as BigNumberInput), quantity), current)
    return minor(whole.toFixed(), currency, `The total of line ${item.id}`)
  }
  const price = minor(item.unit_price, currency, `The price of line ${item.id}`) * quantity
  const discount = present(item.adjustments).reduce((sum, adjustment) => sum + minor(adjustment.amount ?? 0, currency, "An adjustment"), 0)
  const net = Math.max(0, price - discount)
  if (item.is_tax_inclusive) return net
  // Tax rates are percentages with at most a few decimals: as hundredths of a percent they are whole.
  const rateHundredths = present(item.tax_lines).reduce((sum, line) => sum + Math.round(Number(decimal(line.rate) ?? 0) * 100), 0)
  return roundedShare(net, 10000 + rateHundredths, 10000)
}

/** Reads what an order's refunds and returns are reversed from: line values, shipping, returns, refunds. */
export async function loadOrderMoney(container: MedusaContainer, orderId: string): Promise<OrderMoney> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      // Asking for `total` makes Medusa compute the order's and its lines' totals.
      "total",
      "shipping_total",
      "items.id",
      "items.quantity",
      "items.detail.quantity",
      "items.detail.return_received_quantity",
      "items.detail.return_dismissed_quantity",
      "items.unit_price",
      "items.total",
      "items.is_tax_inclusive",
      "items.tax_lines.rate",
      "items.adjustments.amount",
      "returns.id",
      "returns.status",
      "returns.created_at",
      // The return items' quantities are only read with the whole row.
      "returns.items.*",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.created_at",
      "payment_collections.payments.refunds.metadata",
    ],
    filters: { id: orderId },
  })) as unknown as { data: OrderRow[] }
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  const currency = String(order.currency_code).toLowerCase()
  const lines = present(order.items)
    .map((item) => {
      const quantity = units(item.quantity ?? item.detail?.quantity)
      const returned = units(item.detail?.return_received_quantity) + units(item.detail?.return_dismissed_quantity)
      return { id: item.id, quantity, value: Math.max(0, lineValue(item, quantity, currency)), returned }
    })
    .filter((line) => line.quantity > 0)
  const returns = present(order.returns).map((ret) => ({
    id: ret.id,
    status: String(ret.status),
    created_at: new Date(ret.created_at).toISOString(),
    items: present(ret.items).map((item) => ({
      line_item_id: item.item_id,
      requested: units(item.quantity),
      received: units(item.received_quantity) + units(item.damaged_quantity),
    })),
  }))
  const refunds = present(order.payment_collections)
    .flatMap((collection) => present(collection.payments))
    .flatMap((payment) => present(payment.refunds))
    .map((refund) => {
      const named = refund.metadata?.line_item_ids
      return {
        id: refund.id,
        amount: Math.max(0, minor(refund.amount, currency, `Refund ${refund.id}`)),
        created_at: new Date(refund.created_at).toISOString(),
        line_item_ids: Array.isArray(named) ? named.filter((id: unknown): id is string => typeof id === "string") : null,
      }
    })
  return {
    order_id: order.id,
    currency_code: currency,
    lines,
    shipping: Math.max(0, minor(order.shipping_total ?? 0, currency, `The shipping of order ${orderId}`)),
    returns,
    refunds,
  }
}

/** The order a payment belongs to, if any (a payment of a cart not yet an order has none). */
export async function orderOfPayment(container: MedusaContainer, paymentId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: paymentId } })
  const [payment] = data as unknown as ({ payment_collection?: { order?: { id?: string } | null } | null } | undefined)[]
  return payment?.payment_collection?.order?.id ?? null
}
