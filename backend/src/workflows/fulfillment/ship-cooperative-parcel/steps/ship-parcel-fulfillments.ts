import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { loadParcelOrder, parcelOf } from "../../../../lib/fulfillment/cooperative-parcels"

export type ShipParcelFulfillmentsInput = {
  order_id: string
  cooperative_id: string
  actor_id: string
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
}

/**
 * Marks every unshipped fulfillment of the parcel shipped (Medusa's shipment workflow: labels with
 * the tracking number, the items' shipped quantities), with the carrier in the fulfillment's
 * metadata. Medusa has no way to un-ship, so nothing is compensated: it is the last step that can fail.
 */
export const shipParcelFulfillmentsStep = createStep(
  "ship-cooperative-parcel-fulfillments",
  async (input: ShipParcelFulfillmentsInput, { container }): Promise<StepResponse<{ fulfillment_ids: string[] }>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const parcel = parcelOf(await loadParcelOrder(container, input.order_id), input.cooperative_id)
    const itemIds = new Set(parcel.items.map((item) => item.id))
    const pending = parcel.fulfillments.filter((fulfillment) => !fulfillment.shipped_at).map((fulfillment) => fulfillment.id)
    if (!pending.length) return new StepResponse({ fulfillment_ids: [] })
    const { data: rows } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "metadata", "items.line_item_id", "items.quantity"],
      filters: { id: pending },
    })
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    for (const fulfillment of rows as any[]) {
      if (input.carrier) {
        await fulfillments.updateFulfillment(fulfillment.id, { metadata: { ...(fulfillment.metadata ?? {}), carrier: input.carrier } })
      }
      await createOrderShipmentWorkflow(container).run({
        input: {
          order_id: input.order_id,
          fulfillment_id: fulfillment.id,
          items: (fulfillment.items ?? [])
            .filter((item: any) => itemIds.has(item.line_item_id))
            .map((item: any) => ({ id: item.line_item_id, quantity: Number(item.quantity) })),
          labels: input.tracking_number
            ? [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }]
            : [],
          created_by: input.actor_id,
        },
      })
    }
    return new StepResponse({ fulfillment_ids: pending })
  }
)
