import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AmountLike } from "@telar/fair-trade"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { LEDGER_CURRENCY } from "../../modules/payout/service"
import type { EarningOrder, RateInForce, VariantTerms } from "./earnings"

type OrderItemRow = {
  id: string
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  unit_price?: unknown
  variant_id?: string | null
  product_id?: string | null
}

type VariantRow = {
  id: string
  product?: { cooperative?: { id?: string } | null } | null
  producer_price?: { id: string; amount: unknown; currency_code: string } | null
}

/** The newest rate between the two currencies (either direction) set at or before `at`. */
async function rateInForce(container: MedusaContainer, from: string, to: string, at: Date): Promise<RateInForce | null> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const rows = await Promise.all(
    [
      [from, to],
      [to, from],
    ].map(([source, target]) =>
      service.listExchangeRates(
        { from_currency: source, to_currency: target, created_at: { $lte: at } },
        { order: { created_at: "DESC" }, take: 1 }
      )
    )
  )
  const newest = rows.flat().sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())[0]
  return newest
    ? {
        id: newest.id,
        from: newest.from_currency,
        to: newest.to_currency,
        rate: newest.rate,
        set_at: new Date(newest.created_at).toISOString(),
      }
    : null
}

/**
 * What an order's earnings are computed from: its lines, each variant's cooperative and
 * producer price, and the exchange rate in force when the order was placed (not now: a late or
 * replayed event must find the same rate).
 */
export async function loadOrderTerms(
  container: MedusaContainer,
  orderId: string
): Promise<{ order: EarningOrder; terms: Map<string, VariantTerms>; rate: RateInForce | null }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [row],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "created_at",
      "items.id",
      "items.unit_price",
      "items.variant_id",
      "items.product_id",
      // Read with its detail row: without it the query left the line's quantity undefined.
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  const items = ((row.items ?? []) as unknown as (OrderItemRow | null)[])
    .filter((item): item is OrderItemRow => !!item)
    .map((item) => {
      const quantity = Number(item.quantity ?? item.detail?.quantity)
      if (!Number.isSafeInteger(quantity) || quantity < 1) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Line ${item.id} of order ${orderId} has quantity ${item.quantity}.`)
      }
      return {
        id: item.id,
        quantity,
        unit_price: item.unit_price as AmountLike,
        variant_id: item.variant_id ?? null,
        product_id: item.product_id ?? null,
      }
    })
  const order: EarningOrder = { id: row.id, currency_code: row.currency_code, created_at: row.created_at as unknown as string, items }

  const variantIds = [...new Set(items.map((item) => item.variant_id).filter((id): id is string => !!id))]
  const { data: variants } = variantIds.length
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "product.cooperative.id", "producer_price.id", "producer_price.amount", "producer_price.currency_code"],
        // Live rows only: with deleted ones, a piece moved to another cooperative could read its former link.
        filters: { id: variantIds },
      })
    : { data: [] }
  const terms = new Map<string, VariantTerms>(
    (variants as VariantRow[]).map((variant) => [
      variant.id,
      {
        cooperative_id: variant.product?.cooperative?.id ?? null,
        producer_price: variant.producer_price
          ? {
              id: variant.producer_price.id,
              amount: variant.producer_price.amount as AmountLike,
              currency_code: variant.producer_price.currency_code,
            }
          : null,
      },
    ])
  )

  const currency = order.currency_code.toLowerCase()
  const rate = currency === LEDGER_CURRENCY ? null : await rateInForce(container, currency, LEDGER_CURRENCY, new Date(order.created_at))
  return { order, terms, rate }
}
