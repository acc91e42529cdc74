import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { roundToMinor } from "@telar/fair-trade"
import { type CooperativeParcel, isPlaceholderName, type ParcelItem, type ShipTo } from "@telar/types"
import { SHIPPING_ADDRESS_FIELDS, shipToOf } from "./order-lines"
import { PENDING_PARCEL, parcelKey, parcelProgress } from "./parcel-progress"

/** An order as staff and cooperatives pack it. */
export type ParcelOrder = {
  id: string
  display_id: number | null
  status: string
  currency_code: string
  locale: string | null
  email: string | null
  ship_to: ShipTo | null
  parcels: CooperativeParcel[]
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "locale",
  "email",
  // Asking for an order total is what makes Medusa compute the lines' and methods' totals.
  "total",
  ...SHIPPING_ADDRESS_FIELDS,
  "items.id",
  "items.title",
  "items.product_title",
  "items.product_id",
  "items.variant_id",
  "items.variant_sku",
  "items.quantity",
  "items.total",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "shipping_methods.total",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.items.line_item_id",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

/** A Medusa amount (number, decimal text or BigNumber, in major units) as integer minor units, rounded half up once. */
export const minorUnits = (amount: unknown, currency: string) =>
  roundToMinor(MathBN.convert((amount ?? 0) as Parameters<typeof MathBN.convert>[0]).toFixed(), currency) ?? 0

const sum = (amounts: unknown[]) => MathBN.sum(0, ...amounts.map((amount) => (amount ?? 0) as Parameters<typeof MathBN.convert>[0]))

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/**
 * An order as the cooperatives pack it: one parcel per cooperative, from its own stock location,
 * with what is still to be sent and what the shopper pays for it. (Medusa's admin fulfills from one
 * location chosen for the whole order, which cannot work when two cooperatives' pieces share an order.)
 */
export async function loadParcelOrder(container: MedusaContainer, orderId: string): Promise<ParcelOrder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = orders[0] as any
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  const currency = String(order.currency_code).toLowerCase()
  const items: any[] = (order.items ?? []).filter(Boolean)
  const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))]
  const variantIds = [...new Set(items.map((item) => item.variant_id).filter(Boolean))]
  const [{ data: products }, { data: variants }] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "cooperative.id", "cooperative.name", "cooperative.stock_location.id"],
          filters: { id: productIds },
        })
      : { data: [] as any[] },
    // A variant deleted since the order keeps its SKU on the line; only its choices are lost.
    variantIds.length
      ? query.graph({ entity: "product_variant", fields: ["id", "options.value", "options.option.title"], filters: { id: variantIds } })
      : { data: [] as any[] },
  ])
  const cooperativeOf = new Map<string, any>(products.map((product: any) => [product.id, product.cooperative ?? null] as [string, any]))
  const optionsOf = new Map<string, ParcelItem["options"]>(
    variants.map((variant: any): [string, ParcelItem["options"]] => [
      variant.id,
      (variant.options ?? [])
        .filter((option: any) => option?.value && !isPlaceholderName(option.value))
        .map((option: any) => ({ option: option.option?.title ?? "", value: option.value })),
    ])
  )

  const methods: any[] = (order.shipping_methods ?? []).filter((method: any) => method?.shipping_option_id)
  const optionIds = methods.map((method) => method.shipping_option_id)
  const { data: options } = optionIds.length
    ? await query.graph({
        entity: "shipping_option",
        fields: ["id", "service_zone.fulfillment_set.location.id"],
        filters: { id: optionIds },
        withDeleted: true,
      })
    : { data: [] as any[] }
  const locationOfOption = new Map<string, string | null>(
    options.map((option: any) => [option.id, option.service_zone?.fulfillment_set?.location?.id ?? null] as [string, string | null])
  )
  const fulfillments: any[] = (order.fulfillments ?? []).filter((fulfillment: any) => fulfillment && !fulfillment.canceled_at)

  const groups = new Map<string, { cooperative: any; items: any[] }>()
  for (const item of items) {
    const cooperative = cooperativeOf.get(item.product_id) ?? null
    const key = cooperative?.id ?? "none"
    const group = groups.get(key) ?? { cooperative, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }

  const progress = await parcelProgress(container, { order_id: [orderId] })
  const parcels = [...groups.values()].map(({ cooperative, items: groupItems }): CooperativeParcel => {
    const locationId: string | null = cooperative?.stock_location?.id ?? null
    const method = methods.find((candidate) => locationId && locationOfOption.get(candidate.shipping_option_id) === locationId)
    const parcelItems = groupItems.map((item): ParcelItem => {
      const quantity = Number(item.detail?.quantity ?? item.quantity ?? 0)
      const fulfilled = Number(item.detail?.fulfilled_quantity ?? 0)
      return {
        id: item.id,
        title: item.product_title ?? item.title,
        sku: item.variant_sku ?? null,
        options: optionsOf.get(item.variant_id) ?? [],
        quantity,
        fulfilled_quantity: fulfilled,
        shipped_quantity: Number(item.detail?.shipped_quantity ?? 0),
        remaining: Math.max(0, quantity - fulfilled),
      }
    })
    const itemIds = new Set(parcelItems.map((item) => item.id))
    return {
      cooperative: cooperative ? { id: cooperative.id, name: cooperative.name } : null,
      location_id: locationId,
      shipping_option_id: method?.shipping_option_id ?? null,
      shipping_method_name: method?.name ?? null,
      items: parcelItems,
      progress: (cooperative && progress.get(parcelKey(orderId, cooperative.id))) || PENDING_PARCEL,
      share: minorUnits(sum([...groupItems.map((item) => item.total), method?.total]), currency),
      shipped: parcelItems.every((item) => item.shipped_quantity >= item.quantity),
      fulfillments: fulfillments
        .filter((fulfillment) => (fulfillment.items ?? []).some((line: any) => itemIds.has(line?.line_item_id)))
        .map((fulfillment) => {
          const labels: any[] = (fulfillment.labels ?? []).filter(Boolean)
          return {
            id: fulfillment.id,
            location_id: fulfillment.location_id ?? null,
            shipped_at: iso(fulfillment.shipped_at),
            carrier: (fulfillment.metadata?.carrier as string | undefined) ?? null,
            tracking_numbers: labels.map((label) => label.tracking_number).filter(Boolean),
            tracking_url: labels.find((label) => label.tracking_url)?.tracking_url ?? null,
          }
        }),
    }
  })

  return {
    id: order.id,
    display_id: order.display_id ?? null,
    status: order.status,
    currency_code: currency,
    locale: order.locale ?? null,
    email: order.email ?? null,
    ship_to: shipToOf(order.shipping_address),
    parcels,
  }
}

/** The order's parcels, one per cooperative, each from its own stock location. */
export async function cooperativeParcels(container: MedusaContainer, orderId: string): Promise<CooperativeParcel[]> {
  return (await loadParcelOrder(container, orderId)).parcels
}

/** The parcel of one cooperative, or a 404 a person can act on. */
export function parcelOf(order: ParcelOrder, cooperativeId: string): CooperativeParcel & { cooperative: { id: string; name: string } } {
  const parcel = order.parcels.find((candidate) => candidate.cooperative?.id === cooperativeId)
  if (!parcel?.cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This order has no pieces from cooperative "${cooperativeId}".`)
  }
  return parcel as CooperativeParcel & { cooperative: { id: string; name: string } }
}

/** Refuses a parcel whose order has no shipping method from the cooperative's own location. */
export function assertShipsFromItsLocation(parcel: CooperativeParcel & { cooperative: { name: string } }) {
  if (!parcel.shipping_option_id || !parcel.location_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${parcel.cooperative.name}'s parcel has no shipping method of its own on this order: fulfill its pieces with "Fulfill items", choosing ${parcel.cooperative.name}'s location.`
    )
  }
}

/**
 * Fulfills one cooperative's parcel: its unsent pieces, from its own stock location, with its own
 * shipping method (Medusa's fulfillment workflow, which moves the stock and its reservations).
 */
export async function fulfillCooperativeParcel(container: MedusaContainer, orderId: string, cooperativeId: string, actorId: string) {
  const parcel = parcelOf(await loadParcelOrder(container, orderId), cooperativeId)
  const items = parcel.items.filter((item) => item.remaining > 0).map((item) => ({ id: item.id, quantity: item.remaining }))
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${parcel.cooperative.name}'s parcel has already been fulfilled.`)
  }
  assertShipsFromItsLocation(parcel)
  const { result } = await createOrderFulfillmentWorkflow(container).run({
    input: {
      order_id: orderId,
      items,
      location_id: parcel.location_id as string,
      shipping_option_id: parcel.shipping_option_id as string,
      created_by: actorId,
    },
  })
  return { id: result.id, location_id: result.location_id }
}
