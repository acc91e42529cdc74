import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { PENDING_PARCEL, type ParcelProgress, parcelKey, parcelProgress } from "./parcel-progress"

export type ParcelItem = { id: string; title: string; quantity: number; fulfilled_quantity: number; remaining: number }

export type CooperativeParcel = {
  cooperative: { id: string; name: string } | null
  location_id: string | null
  /** The order's shipping method for this parcel (its option belongs to the cooperative's location). */
  shipping_option_id: string | null
  shipping_method_name: string | null
  items: ParcelItem[]
  /** What the cooperative's coordinator reported: ready, handed to a carrier (with the guide number), by whom and when. */
  progress: ParcelProgress
}

/**
 * An order as the cooperatives pack it: one parcel per cooperative, from its own stock location,
 * with what is still to be sent. (Medusa's admin fulfills from one location chosen for the whole
 * order, which cannot work when two cooperatives' pieces share an order.)
 */
export async function cooperativeParcels(container: MedusaContainer, orderId: string): Promise<CooperativeParcel[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.title",
      "items.product_title",
      "items.product_id",
      "items.quantity",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "shipping_methods.name",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: orderId },
  })
  const order = orders[0] as any
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  const items: any[] = (order.items ?? []).filter(Boolean)
  const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "cooperative.id", "cooperative.name", "cooperative.stock_location.id"],
        filters: { id: productIds },
      })
    : { data: [] as any[] }
  const cooperativeOf = new Map<string, any>(products.map((product: any) => [product.id, product.cooperative ?? null] as [string, any]))

  const methods: any[] = (order.shipping_methods ?? []).filter((method: any) => method?.shipping_option_id)
  const optionIds = methods.map((method) => method.shipping_option_id)
  const { data: options } = optionIds.length
    ? await query.graph({
        entity: "shipping_option",
        fields: ["id", "service_zone.fulfillment_set.location.id"],
        filters: { id: optionIds },
      })
    : { data: [] as any[] }
  const locationOfOption = new Map<string, string | null>(
    options.map((option: any) => [option.id, option.service_zone?.fulfillment_set?.location?.id ?? null] as [string, string | null])
  )

  const parcels = new Map<string, CooperativeParcel>()
  for (const item of items) {
    const cooperative = cooperativeOf.get(item.product_id) ?? null
    const key = cooperative?.id ?? "none"
    let parcel = parcels.get(key)
    if (!parcel) {
      const locationId: string | null = cooperative?.stock_location?.id ?? null
      const method = methods.find((candidate) => locationId && locationOfOption.get(candidate.shipping_option_id) === locationId)
      parcel = {
        cooperative: cooperative ? { id: cooperative.id, name: cooperative.name } : null,
        location_id: locationId,
        shipping_option_id: method?.shipping_option_id ?? null,
        shipping_method_name: method?.name ?? null,
        items: [],
        progress: PENDING_PARCEL,
      }
      parcels.set(key, parcel)
    }
    const quantity = Number(item.detail?.quantity ?? item.quantity ?? 0)
    const fulfilled = Number(item.detail?.fulfilled_quantity ?? 0)
    parcel.items.push({
      id: item.id,
      title: item.product_title ?? item.title,
      quantity,
      fulfilled_quantity: fulfilled,
      remaining: Math.max(0, quantity - fulfilled),
    })
  }
  const progress = await parcelProgress(container, { order_id: [orderId] })
  return [...parcels.values()].map((parcel) => ({
    ...parcel,
    progress: (parcel.cooperative && progress.get(parcelKey(orderId, parcel.cooperative.id))) || PENDING_PARCEL,
  }))
}

/**
 * Fulfills one cooperative's parcel: its unsent pieces, from its own stock location, with its own
 * shipping method (Medusa's fulfillment workflow, which moves the stock and its reservations).
 */
export async function fulfillCooperativeParcel(container: MedusaContainer, orderId: string, cooperativeId: string, actorId: string) {
  const parcel = (await cooperativeParcels(container, orderId)).find((candidate) => candidate.cooperative?.id === cooperativeId)
  if (!parcel) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This order has no pieces from cooperative "${cooperativeId}".`)
  }
  const items = parcel.items.filter((item) => item.remaining > 0).map((item) => ({ id: item.id, quantity: item.remaining }))
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${parcel.cooperative?.name}'s parcel has already been fulfilled.`)
  }
  if (!parcel.shipping_option_id || !parcel.location_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${parcel.cooperative?.name}'s parcel has no shipping method of its own on this order: fulfill its pieces with "Fulfill items", choosing ${parcel.cooperative?.name}'s location.`
    )
  }
  const { result } = await createOrderFulfillmentWorkflow(container).run({
    input: {
      order_id: orderId,
      items,
      location_id: parcel.location_id,
      shipping_option_id: parcel.shipping_option_id,
      created_by: actorId,
    },
  })
  return { id: result.id, location_id: result.location_id }
}
