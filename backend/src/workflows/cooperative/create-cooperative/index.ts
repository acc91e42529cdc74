import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTranslationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { SHIPPING_RATES, spanishShippingOptionTranslations } from "../../../lib/cooperative/shipping-rates"
import { createCooperativeStep } from "../steps/create-cooperative"
import { resolveShippingContextStep } from "../steps/resolve-shipping-context"
import { validateCooperativeStep } from "../steps/validate-cooperative"
import type { CooperativeInput, PayoutAccountInput } from "../../../lib/cooperative/types"

export type CreateCooperativeInput = {
  cooperative: CooperativeInput
  payout_account: PayoutAccountInput
  sales_channel_ids?: string[]
}

const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

/**
 * Creates a cooperative with its payout account and its own stock location, wired for selling:
 * linked to the sales channels, with a fulfillment set per region and standard/express options
 * (named in Spanish too, so a Spanish cart's shipping method is). Every step undoes itself if a
 * later one fails.
 */
export const createCooperativeWorkflow = createWorkflow("create-cooperative", (input: CreateCooperativeInput) => {
  validateCooperativeStep({
    handle: input.cooperative.handle,
    payout_account: input.payout_account,
    crafts: input.cooperative.crafts,
    crafts_es: input.cooperative.crafts_es,
  })
  const context = resolveShippingContextStep({ sales_channel_ids: input.sales_channel_ids })
  const cooperative = createCooperativeStep({ cooperative: input.cooperative, payout_account: input.payout_account })

  const locationInput = transform({ input }, ({ input }) => ({
    locations: [
      {
        name: input.cooperative.name,
        address: {
          address_1: input.cooperative.community,
          city: input.cooperative.municipality,
          province: "Chiapas",
          country_code: "mx",
        },
        metadata: { cooperative_handle: input.cooperative.handle },
      },
    ],
  }))
  const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })
  const locationId = transform({ locations }, ({ locations }) => locations[0].id)

  const links = transform({ cooperative, locationId }, ({ cooperative, locationId }): LinkDefinition[] => [
    { [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locationId } },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER },
    },
  ])
  createRemoteLinkStep(links).config({ name: "link-cooperative-location" })

  const channelInput = transform({ locationId, context }, ({ locationId, context }) => ({
    id: locationId,
    add: context.sales_channel_ids,
  }))
  linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: channelInput })

  const fulfillmentSetInput = transform({ input, context }, ({ input, context }) => [
    {
      name: `Shipping from ${input.cooperative.name} (${input.cooperative.handle})`,
      type: "shipping",
      service_zones: context.zones.map((zone) => ({
        name: `${zone.name} · ${input.cooperative.handle}`,
        geo_zones: zone.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })),
    },
  ])
  const fulfillmentSets = createFulfillmentSets(fulfillmentSetInput)

  const setLink = transform({ locationId, fulfillmentSets }, ({ locationId, fulfillmentSets }): LinkDefinition[] => [
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSets[0].id },
    },
  ])
  createRemoteLinkStep(setLink).config({ name: "link-location-fulfillment-set" })

  const shippingOptions = transform({ fulfillmentSets, context }, ({ fulfillmentSets, context }) =>
    fulfillmentSets[0].service_zones.flatMap((serviceZone) => {
      const zone = context.zones.find((candidate) => serviceZone.name.startsWith(`${candidate.name} · `))!
      return SHIPPING_RATES.map((rate) => ({
        name: rate.name,
        price_type: "flat" as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: serviceZone.id,
        shipping_profile_id: context.shipping_profile_id,
        type: { label: rate.name, description: rate.description, code: rate.code },
        prices: [{ currency_code: zone.currency_code, amount: rate.prices[zone.currency_code as "usd" | "mxn"] ?? rate.prices.usd }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
          { attribute: "is_return", operator: "eq" as const, value: "false" },
        ],
      }))
    })
  )
  const createdOptions = createShippingOptionsWorkflow.runAsStep({ input: shippingOptions })

  const optionIds = transform({ createdOptions }, ({ createdOptions }) => createdOptions.map((option) => option.id))
  const { data: optionsWithType } = useQueryGraphStep({
    entity: "shipping_option",
    fields: ["id", "type.id", "type.code"],
    filters: { id: optionIds },
  }).config({ name: "shipping-options-with-type" })
  const translations = transform({ optionsWithType }, ({ optionsWithType }) => ({
    translations: spanishShippingOptionTranslations(optionsWithType),
  }))
  // Medusa's step deletes the translations again if the workflow is rolled back.
  createTranslationsWorkflow.runAsStep({ input: translations })

  return new WorkflowResponse({ cooperative, stock_location_id: locationId })
})
