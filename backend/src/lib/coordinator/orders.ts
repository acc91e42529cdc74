import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  type CoordinatorOrder,
  type CoordinatorOrderLine,
  type CoordinatorOrderList,
  type CoordinatorShipTo,
  isPlaceholderName,
  PARCEL_STATUSES,
  type ParcelStatus,
} from "@telar/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { shippingOptionParcels } from "../checkout/order-parcels"
import { SHIPPING_RATES_LOCALE } from "../cooperative/shipping-rates"
import { SHIPPING_ADDRESS_FIELDS } from "../fulfillment/order-lines"
import { PENDING_PARCEL, parcelKey, parcelProgress } from "../fulfillment/parcel-progress"
import { parcelMessages } from "./parcel-messages"

export type CoordinatorScope = { cooperative_id: string; language: string }

// Orders a cooperative never sends: drafts are not placed; canceled ones are not to be sent.
const NOT_LISTED = ["draft", "canceled"]

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.quantity",
  "items.detail.quantity",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  ...SHIPPING_ADDRESS_FIELDS,
]

type ItemRow = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  title: string
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  thumbnail?: string | null
  quantity: unknown
  detail?: { quantity?: unknown } | null
}
type OrderRow = {
  id: string
  display_id?: number | null
  created_at: string | Date
  status: string
  items?: (ItemRow | null)[] | null
  shipping_methods?: ({ name?: string | null; shipping_option_id?: string | null } | null)[] | null
  shipping_address?: Record<string, string | null | undefined> | null
}
type VariantRow = {
  id: string
  sku?: string | null
  options?: ({ id: string; value: string; option?: { id: string; title: string } | null } | null)[] | null
  product?: { id: string; title: string; thumbnail?: string | null } | null
}
/** The ids of the cooperative's products: an order line is the cooperative's when its product is. */
async function cooperativeProductIds(container: MedusaContainer, cooperativeId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cooperative", fields: ["id", "products.id"], filters: { id: cooperativeId } })
  const products = ((data[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? []).filter(Boolean)
  return products.map((product) => (product as { id: string }).id)
}

/**
 * Which order ids a parcel-status filter admits, as a filter on order.id: the statuses are stored
 * only for parcels that moved (no row is "pending"), so asking for pending excludes the others.
 */
async function parcelStatusFilter(
  container: MedusaContainer,
  cooperativeId: string,
  statuses: ParcelStatus[] | undefined
): Promise<{ id: string[] } | { id: { $nin: string[] } } | Record<string, never> | null> {
  const wanted = new Set(statuses ?? [])
  if (!wanted.size || wanted.size === PARCEL_STATUSES.length) return {}
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const moved = [...wanted].filter((status) => status !== "pending")
  if (wanted.has("pending")) {
    const others = (["ready", "handed_to_carrier"] as const).filter((status) => !moved.includes(status))
    const rows = await service.listCooperativeParcels(
      { cooperative_id: cooperativeId, status: others },
      { select: ["order_id"], take: null }
    )
    return rows.length ? { id: { $nin: rows.map((row) => row.order_id) } } : {}
  }
  const rows = await service.listCooperativeParcels({ cooperative_id: cooperativeId, status: moved }, { select: ["order_id"], take: null })
  return rows.length ? { id: rows.map((row) => row.order_id) } : null
}

const shipTo = (address: Record<string, string | null | undefined>): CoordinatorShipTo => ({
  name: [address.first_name, address.last_name].filter(Boolean).join(" "),
  company: address.company || null,
  address_1: address.address_1 ?? "",
  address_2: address.address_2 || null,
  city: address.city || null,
  province: address.province || null,
  postal_code: address.postal_code || null,
  country_code: (address.country_code ?? "").toUpperCase(),
  phone: address.phone || null,
})

/** The lines' variants with their product and options, in the coordinator's language. */
async function variantsOf(container: MedusaContainer, variantIds: string[], language: string): Promise<Map<string, VariantRow>> {
  if (!variantIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "sku",
      "options.id",
      "options.value",
      "options.option.id",
      "options.option.title",
      "product.id",
      "product.title",
      "product.thumbnail",
    ],
    filters: { id: variantIds },
    // A piece taken out of the catalog since is still in the parcel.
    withDeleted: true,
  })
  const variants = data as unknown as VariantRow[]
  // English is the catalog's own language; Spanish comes from the Translation module, as on /es.
  if (language !== "en" && variants.length) await applyTranslations({ localeCode: SHIPPING_RATES_LOCALE, objects: variants, container })
  return new Map(variants.map((variant) => [variant.id, variant]))
}

function line(item: ItemRow, variant: VariantRow | undefined): CoordinatorOrderLine {
  const options = (variant?.options ?? [])
    .filter((option): option is NonNullable<typeof option> => !!option && !isPlaceholderName(option.value ?? ""))
    .map((option) => ({ name: option.option?.title ?? "", value: option.value }))
  const variantTitle = item.variant_title?.trim()
  return {
    id: item.id,
    product_id: item.product_id ?? null,
    variant_id: item.variant_id ?? null,
    title: variant?.product?.title ?? item.product_title ?? item.title,
    options: variant ? options : variantTitle && !isPlaceholderName(variantTitle) ? [{ name: "", value: variantTitle }] : [],
    sku: item.variant_sku ?? variant?.sku ?? null,
    thumbnail: item.thumbnail ?? variant?.product?.thumbnail ?? null,
    quantity: Number(item.detail?.quantity ?? item.quantity ?? 0),
  }
}

/** Orders as the cooperative sees them: its own lines only (no prices, no payment), the address, its parcel's shipping and status. */
async function describeOrders(
  container: MedusaContainer,
  scope: CoordinatorScope,
  orders: OrderRow[],
  productIds: Set<string>
): Promise<CoordinatorOrder[]> {
  const ownItems = (order: OrderRow) =>
    (order.items ?? []).filter((item): item is ItemRow => !!item?.product_id && productIds.has(item.product_id))
  const variantIds = [
    ...new Set(
      orders.flatMap((order) =>
        ownItems(order)
          .map((item) => item.variant_id)
          .filter((id): id is string => !!id)
      )
    ),
  ]
  const optionIds = [
    ...new Set(
      orders.flatMap((order) =>
        (order.shipping_methods ?? []).map((method) => method?.shipping_option_id).filter((id): id is string => !!id)
      )
    ),
  ]
  const [variants, options, progress] = await Promise.all([
    variantsOf(container, variantIds, scope.language),
    shippingOptionParcels(container, optionIds),
    parcelProgress(container, { order_id: orders.map((order) => order.id), cooperative_id: scope.cooperative_id }),
  ])
  return orders.map((order) => {
    const method = (order.shipping_methods ?? []).find((candidate) => {
      const parcel = candidate?.shipping_option_id ? options.get(candidate.shipping_option_id) : undefined
      return parcel?.cooperative?.id === scope.cooperative_id
    })
    const speed = method?.shipping_option_id ? (options.get(method.shipping_option_id)?.speed ?? null) : null
    const address = order.shipping_address
    return {
      id: order.id,
      display_id: order.display_id ?? null,
      created_at: new Date(order.created_at).toISOString(),
      canceled: order.status === "canceled",
      lines: ownItems(order).map((item) => line(item, item.variant_id ? variants.get(item.variant_id) : undefined)),
      ship_to: address?.address_1 ? shipTo(address) : null,
      shipping: method ? { speed, name: method.name ?? null } : null,
      parcel: progress.get(parcelKey(order.id, scope.cooperative_id)) ?? PENDING_PARCEL,
    }
  })
}

/** Placed orders holding the cooperative's pieces, newest first, optionally only those whose parcel stands at some statuses. */
export async function listCoordinatorOrders(
  container: MedusaContainer,
  scope: CoordinatorScope,
  page: { skip: number; take: number; parcel_status?: ParcelStatus[] }
): Promise<CoordinatorOrderList> {
  const empty = { orders: [], count: 0, offset: page.skip, limit: page.take }
  const productIds = await cooperativeProductIds(container, scope.cooperative_id)
  const byStatus = await parcelStatusFilter(container, scope.cooperative_id, page.parcel_status)
  if (!productIds.length || !byStatus) return empty
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // First the page of ids (filtering on lines), then the orders with all their lines, of which only the cooperative's are kept.
  // The order module filters on its lines' columns; Query's generated order filter type does not list them.
  const onOwnLines: Record<string, unknown> = { items: { product_id: productIds } }
  const { data: ids, metadata } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { ...byStatus, status: { $nin: NOT_LISTED }, ...onOwnLines },
    pagination: { skip: page.skip, take: page.take, order: { created_at: "DESC", id: "DESC" } },
  })
  const orderIds = (ids as { id: string }[]).map((row) => row.id)
  if (!orderIds.length) return { ...empty, count: metadata?.count ?? 0 }
  const { data: rows } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
  const byId = new Map((rows as unknown as OrderRow[]).map((row) => [row.id, row]))
  const orders = orderIds.map((id) => byId.get(id)).filter((row): row is OrderRow => !!row)
  return {
    orders: await describeOrders(container, scope, orders, new Set(productIds)),
    count: metadata?.count ?? orders.length,
    offset: page.skip,
    limit: page.take,
  }
}

/** One order as the cooperative sees it; an order without the cooperative's pieces (or not placed) is not found. */
export async function retrieveCoordinatorOrder(
  container: MedusaContainer,
  scope: CoordinatorScope,
  orderId: string
): Promise<CoordinatorOrder> {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, parcelMessages(scope.language).notFound())
  // Medusa's order ids are "order_" and letters and digits: anything else (a NUL byte, a huge string) is no order.
  if (!/^order_[A-Za-z0-9]{1,64}$/.test(orderId)) throw notFound
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [productIds, { data }] = await Promise.all([
    cooperativeProductIds(container, scope.cooperative_id),
    query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId, status: { $ne: "draft" } } }),
  ])
  const owned = new Set(productIds)
  const order = data[0] as unknown as OrderRow | undefined
  // Another cooperative's order answers exactly as a missing one: its existence is none of this one's business.
  if (!order || !(order.items ?? []).some((item) => item?.product_id && owned.has(item.product_id))) {
    throw notFound
  }
  const [described] = await describeOrders(container, scope, [order], owned)
  return described
}
