import type { Speed } from "@/modules/checkout/lib/shipping"
import type { CooperativeRef } from "./line-items"

/** Which cooperative ships one of an order's shipping methods, and at which speed (Telar's parcels route). */
export type OrderParcel = { shipping_method_id: string; speed: Speed | null; cooperative: CooperativeRef | null }

export type ShippingLine<M> = { method: M; speed: Speed | null; cooperative: CooperativeRef | null }

/**
 * An order's shipping methods, each with its cooperative and speed, in the order the parcels are
 * listed (`cooperativeIds`); methods of no known cooperative come last.
 */
export function shippingLines<M extends { id: string }>(
  methods: readonly M[],
  parcels: readonly OrderParcel[],
  cooperativeIds: readonly (string | null | undefined)[]
): ShippingLine<M>[] {
  const parcelOf = new Map(parcels.map((parcel) => [parcel.shipping_method_id, parcel]))
  const rank = (line: ShippingLine<M>) => {
    const index = line.cooperative ? cooperativeIds.indexOf(line.cooperative.id) : -1
    return index === -1 ? cooperativeIds.length : index
  }
  return methods
    .map((method) => {
      const parcel = parcelOf.get(method.id)
      return { method, speed: parcel?.speed ?? null, cooperative: parcel?.cooperative ?? null }
    })
    .sort((a, b) => rank(a) - rank(b))
}
