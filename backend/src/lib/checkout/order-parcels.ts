import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isShippingRateCode, type ShippingRateCode } from "../cooperative/shipping-rates"

export type OrderParcel = {
  shipping_method_id: string
  /** The Telar rate the shopper chose (its name is the storefront's to say, in the reader's language). */
  speed: ShippingRateCode | null
  /** The cooperative whose stock location ships this parcel; null for an option of no cooperative. */
  cooperative: { id: string; handle: string; name: string } | null
}

type OptionRow = {
  id: string
  type?: { code?: string | null } | null
  service_zone?: { fulfillment_set?: { location?: { cooperative?: OrderParcel["cooperative"] } | null } | null } | null
}

/** Which cooperative ships each shipping option, and at which speed (options deleted since included). */
export async function shippingOptionParcels(
  container: MedusaContainer,
  optionIds: string[]
): Promise<Map<string, Pick<OrderParcel, "speed" | "cooperative">>> {
  if (!optionIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: [
      "id",
      "type.code",
      "service_zone.fulfillment_set.location.cooperative.id",
      "service_zone.fulfillment_set.location.cooperative.handle",
      "service_zone.fulfillment_set.location.cooperative.name",
    ],
    // A cooperative's options may since have been deleted; the parcel is still theirs.
    filters: { id: optionIds },
    withDeleted: true,
  })
  return new Map(
    (options as OptionRow[]).map((option) => {
      const code = option.type?.code
      const cooperative = option.service_zone?.fulfillment_set?.location?.cooperative
      return [
        option.id,
        {
          speed: isShippingRateCode(code) ? code : null,
          cooperative: cooperative ? { id: cooperative.id, handle: cooperative.handle, name: cooperative.name } : null,
        },
      ]
    })
  )
}

/**
 * Which cooperative ships each of an order's shipping methods, and at which speed: a method's
 * shipping option belongs to a service zone of the fulfillment set of one cooperative's location.
 */
export async function orderParcels(container: MedusaContainer, orderId: string): Promise<OrderParcel[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_methods.id", "shipping_methods.shipping_option_id"],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  }
  const methods = (order.shipping_methods ?? []).filter(Boolean) as { id: string; shipping_option_id?: string | null }[]
  const optionIds = [...new Set(methods.map((method) => method.shipping_option_id).filter((id): id is string => !!id))]
  const parcelOfOption = await shippingOptionParcels(container, optionIds)
  return methods.map((method) => {
    const parcel = method.shipping_option_id ? parcelOfOption.get(method.shipping_option_id) : undefined
    return { shipping_method_id: method.id, speed: parcel?.speed ?? null, cooperative: parcel?.cooperative ?? null }
  })
}
