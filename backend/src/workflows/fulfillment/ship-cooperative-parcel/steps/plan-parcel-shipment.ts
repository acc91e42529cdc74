import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertShipsFromItsLocation, loadParcelOrder, parcelOf } from "../../../../lib/fulfillment/cooperative-parcels"

export type PlanParcelShipmentInput = {
  order_id: string
  cooperative_id: string
  carrier?: string | null
  tracking_number?: string | null
  tracking_url?: string | null
}

export type ParcelShipmentPlan = {
  order_id: string
  cooperative: { id: string; name: string }
  already_shipped: boolean
  /** Pieces not yet on a fulfillment: fulfilled now from the cooperative's own location. */
  items_to_fulfill: { id: string; quantity: number }[]
  location_id: string | null
  shipping_option_id: string | null
  /** What staff typed, else what the cooperative's coordinator reported when handing the parcel over. */
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
}

/** Reads the parcel and refuses what cannot ship: a canceled order, a cooperative not in it, a parcel with no way out. */
export const planParcelShipmentStep = createStep(
  "plan-cooperative-parcel-shipment",
  async (input: PlanParcelShipmentInput, { container }): Promise<StepResponse<ParcelShipmentPlan>> => {
    const order = await loadParcelOrder(container, input.order_id)
    if (order.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order #${order.display_id ?? order.id} is canceled: its parcels are not to be shipped.`
      )
    }
    const parcel = parcelOf(order, input.cooperative_id)
    const itemsToFulfill = parcel.items.filter((item) => item.remaining > 0).map((item) => ({ id: item.id, quantity: item.remaining }))
    if (!parcel.shipped && itemsToFulfill.length) assertShipsFromItsLocation(parcel)
    const reported = parcel.progress.status === "handed_to_carrier" ? parcel.progress : null
    return new StepResponse({
      order_id: order.id,
      cooperative: parcel.cooperative,
      already_shipped: parcel.shipped,
      items_to_fulfill: parcel.shipped ? [] : itemsToFulfill,
      location_id: parcel.location_id,
      shipping_option_id: parcel.shipping_option_id,
      carrier: input.carrier ?? reported?.carrier ?? null,
      tracking_number: input.tracking_number ?? reported?.tracking_number ?? null,
      tracking_url: input.tracking_url ?? null,
    })
  }
)
