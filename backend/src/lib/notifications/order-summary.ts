import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type AmountLike, type ExchangeRate, moneySplit } from "@telar/fair-trade"
import { isPlaceholderName, type ShipTo } from "@telar/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { orderParcels } from "../checkout/order-parcels"
import { minorUnits } from "../fulfillment/cooperative-parcels"
import { SHIPPING_ADDRESS_FIELDS, shipToOf } from "../fulfillment/order-lines"
import type { ShippingRateCode } from "../cooperative/shipping-rates"

/** One line of an order, money in integer minor units of the order's currency. */
export type SummaryLine = {
  title: string
  /** The variant's name when the piece has real choices ("Size: M"); null for "Default". */
  variant: string | null
  quantity: number
  unit_price: number
  total: number
}

/** One cooperative's part of an order: its lines, its parcel's shipping, and what it is paid. */
export type CooperativePart = {
  cooperative: { id: string; name: string } | null
  lines: SummaryLine[]
  shipping: { speed: ShippingRateCode | null; name: string | null; amount: number } | null
  /** moneySplit summed over the lines; null when a line has no producer price or no rate converts it. */
  share: { amount: number; payout: number; payout_currency: string } | null
}

export type OrderSummary = {
  id: string
  number: string
  email: string | null
  /** The BCP 47 locale the cart was in ("es-MX", "en-US"), or null. */
  locale: string | null
  currency: string
  ship_to: ShipTo | null
  totals: { subtotal: number; discount: number; shipping: number; taxes: number; total: number }
  parts: CooperativePart[]
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "currency_code",
  "created_at",
  "item_subtotal",
  "discount_subtotal",
  "discount_total",
  "shipping_subtotal",
  "tax_total",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.product_id",
  "items.variant_id",
  "items.variant_title",
  "items.quantity",
  "items.detail.quantity",
  "items.unit_price",
  "items.subtotal",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.subtotal",
  ...SHIPPING_ADDRESS_FIELDS,
]

type ProducerPrice = { amount: AmountLike; currency_code: string } | null

/**
 * The rate between the two currencies (either direction) in force when the order was placed, as
 * the payout ledger records it: a late or replayed event tells the same numbers.
 */
async function rateAt(container: MedusaContainer, a: string, b: string, at: Date): Promise<ExchangeRate | undefined> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const candidates = await Promise.all(
    [
      [a, b],
      [b, a],
    ].map(([from, to]) =>
      service.listExchangeRates(
        { from_currency: from, to_currency: to, created_at: { $lte: at } },
        { order: { created_at: "DESC" }, take: 1 }
      )
    )
  )
  const [newest] = candidates.flat().sort((x, y) => new Date(y.created_at).getTime() - new Date(x.created_at).getTime())
  return newest ? { from: newest.from_currency, to: newest.to_currency, rate: newest.rate } : undefined
}

/**
 * What the cooperative gets for its lines: moneySplit (the function the product page uses) per
 * line, at each line's unit price. Null when any line cannot be split honestly.
 */
async function cooperativeShare(
  container: MedusaContainer,
  lines: { unit_price: number; quantity: number; producer: ProducerPrice }[],
  currency: string,
  placedAt: Date
): Promise<CooperativePart["share"]> {
  const payoutCurrency = lines[0]?.producer?.currency_code?.toLowerCase()
  if (!payoutCurrency || lines.some((line) => line.producer?.currency_code?.toLowerCase() !== payoutCurrency)) return null
  const exchangeRate = payoutCurrency === currency ? undefined : await rateAt(container, currency, payoutCurrency, placedAt)
  try {
    let amount = 0
    let payout = 0
    for (const line of lines) {
      if (line.producer?.amount == null) return null
      const producerAmount = minorUnits(line.producer.amount, payoutCurrency)
      const split = moneySplit({
        price: { amount: line.unit_price, currency },
        producerPrice: { amount: producerAmount, currency: payoutCurrency },
        exchangeRate,
        quantity: line.quantity,
      })
      amount += split.cooperative
      payout += split.cooperativePayout.amount
    }
    return { amount, payout, payout_currency: payoutCurrency }
  } catch {
    // No rate for the conversion (or an unusable price): say nothing rather than something wrong.
    return null
  }
}

type Amount = unknown
type ItemRow = {
  id: string
  title: string
  product_title?: string | null
  product_id?: string | null
  variant_id?: string | null
  variant_title?: string | null
  quantity: Amount
  detail?: { quantity?: Amount } | null
  unit_price: Amount
  subtotal?: Amount
}
type MethodRow = { id: string; name?: string | null; amount?: Amount; subtotal?: Amount }
type OrderRow = {
  id: string
  display_id?: number | null
  email?: string | null
  locale?: string | null
  currency_code: string
  created_at: string | Date
  item_subtotal?: Amount
  discount_subtotal?: Amount
  discount_total?: Amount
  shipping_subtotal?: Amount
  tax_total?: Amount
  total?: Amount
  items?: (ItemRow | null)[] | null
  shipping_methods?: (MethodRow | null)[] | null
  shipping_address?: Record<string, string | null | undefined> | null
}
type ProductRow = { id: string; cooperative?: { id: string; name: string } | null }
type VariantRow = { id: string; producer_price?: ProducerPrice }
type Cooperative = { id: string; name: string }

/**
 * An order as its mails tell it: lines grouped into one part per cooperative (the parcel it
 * ships, at the speed the shopper chose), totals, and each cooperative's share.
 */
export async function loadOrderSummary(container: MedusaContainer, orderId: string): Promise<OrderSummary> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = orders[0] as unknown as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  const currency = order.currency_code.toLowerCase()
  const items = (order.items ?? []).filter((item): item is ItemRow => !!item)

  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => !!id))]
  const variantIds = [...new Set(items.map((item) => item.variant_id).filter((id): id is string => !!id))]
  const [products, variants, parcels] = await Promise.all([
    productIds.length
      ? query
          .graph({ entity: "product", fields: ["id", "cooperative.id", "cooperative.name"], filters: { id: productIds } })
          .then(({ data }) => data as unknown as ProductRow[])
      : ([] as ProductRow[]),
    variantIds.length
      ? query
          .graph({
            entity: "product_variant",
            fields: ["id", "producer_price.amount", "producer_price.currency_code"],
            filters: { id: variantIds },
          })
          .then(({ data }) => data as unknown as VariantRow[])
      : ([] as VariantRow[]),
    orderParcels(container, orderId),
  ])
  const cooperativeOf = new Map<string, Cooperative | null>(
    products.map((product) => [product.id, product.cooperative ? { id: product.cooperative.id, name: product.cooperative.name } : null])
  )
  const producerOf = new Map<string, ProducerPrice>(variants.map((variant) => [variant.id, variant.producer_price ?? null]))

  const groups = new Map<string, { cooperative: Cooperative | null; items: ItemRow[] }>()
  for (const item of items) {
    const cooperative = (item.product_id && cooperativeOf.get(item.product_id)) || null
    const key = cooperative?.id ?? ""
    const group = groups.get(key) ?? { cooperative, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }

  const methods = new Map(
    (order.shipping_methods ?? []).filter((method): method is MethodRow => !!method).map((method) => [method.id, method])
  )
  const parts: CooperativePart[] = []
  for (const [key, group] of groups) {
    const parcel = parcels.find((candidate) => (candidate.cooperative?.id ?? "") === key && methods.has(candidate.shipping_method_id))
    const method = parcel ? methods.get(parcel.shipping_method_id) : undefined
    const lines = group.items.map((item) => {
      const quantity = Number(item.detail?.quantity ?? item.quantity)
      const unit_price = minorUnits(item.unit_price, currency)
      const variant = item.variant_title?.trim()
      return {
        title: String(item.product_title ?? item.title),
        variant: variant && !isPlaceholderName(variant) ? variant : null,
        quantity,
        unit_price,
        total: item.subtotal == null ? unit_price * quantity : minorUnits(item.subtotal, currency),
        producer: item.variant_id ? (producerOf.get(item.variant_id) ?? null) : null,
      }
    })
    parts.push({
      cooperative: group.cooperative,
      lines: lines.map(({ producer: _, ...line }) => line),
      shipping: method
        ? { speed: parcel?.speed ?? null, name: method.name ?? null, amount: minorUnits(method.subtotal ?? method.amount, currency) }
        : null,
      share: group.cooperative ? await cooperativeShare(container, lines, currency, new Date(order.created_at)) : null,
    })
  }

  return {
    id: order.id,
    number: String(order.display_id ?? order.id),
    email: order.email ?? null,
    locale: order.locale ?? null,
    currency,
    ship_to: shipToOf(order.shipping_address),
    totals: {
      subtotal: minorUnits(order.item_subtotal, currency),
      discount: minorUnits(order.discount_subtotal ?? order.discount_total, currency),
      shipping: minorUnits(order.shipping_subtotal, currency),
      taxes: minorUnits(order.tax_total, currency),
      total: minorUnits(order.total, currency),
    },
    parts,
  }
}
