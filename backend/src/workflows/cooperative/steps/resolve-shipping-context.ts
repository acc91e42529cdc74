import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ShippingContext = {
  sales_channel_ids: string[]
  shipping_profile_id: string
  zones: { name: string; countries: string[]; currency_code: string }[]
}

/** Reads what a new cooperative's stock location must be wired to: channels, profile, regions. */
export const resolveShippingContextStep = createStep(
  "resolve-cooperative-shipping-context",
  async (input: { sales_channel_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const salesChannelIds = input.sales_channel_ids?.length
      ? input.sales_channel_ids
      : stores.map((store) => store.default_sales_channel_id).filter((id): id is string => !!id)
    if (input.sales_channel_ids?.length) {
      const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { id: salesChannelIds } })
      const known = new Set(channels.map((channel) => channel.id))
      const unknown = salesChannelIds.filter((id) => !known.has(id))
      if (unknown.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `No sales channel ${unknown.join(", ")} exists: use ids from /admin/sales-channels.`
        )
      }
    }

    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
    if (!profile) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "No default shipping profile exists: run the seed or create one.")
    }

    const { data: regions } = await query.graph({ entity: "region", fields: ["name", "currency_code", "countries.iso_2"] })
    const zones = regions
      .map((region) => ({
        name: region.name,
        currency_code: region.currency_code,
        countries: (region.countries ?? []).map((country) => country!.iso_2!).filter(Boolean),
      }))
      .filter((zone) => zone.countries.length > 0)

    return new StepResponse<ShippingContext>({
      sales_channel_ids: salesChannelIds,
      shipping_profile_id: profile.id,
      zones,
    })
  }
)
