import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/** The shop around the catalog: currencies, locales, sales channel, publishable key, regions, taxes. */
export async function seedStore(container: ExecArgs["container"]) {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await storeModule.listStores()

  // Use the store's own default channel (renamed), so the storefront's key sees one channel and
  // Medusa can skip its per-request sales-channel link filter.
  let [salesChannel] = store.default_sales_channel_id
    ? await salesChannelModule.listSalesChannels({ id: store.default_sales_channel_id })
    : await salesChannelModule.listSalesChannels({ name: "Telar Web" })
  if (salesChannel) {
    salesChannel = await salesChannelModule.updateSalesChannels(salesChannel.id, {
      name: "Telar Web",
      description: "The Telar online storefront",
    })
  } else {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "Telar Web", description: "The Telar online storefront" }] },
    })
    salesChannel = result[0]
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Telar",
        supported_currencies: [
          { currency_code: "usd", is_default: true },
          // Mexican prices are shown and charged with IVA included, as Mexican law requires.
          { currency_code: "mxn", is_tax_inclusive: true },
        ],
        supported_locales: [{ locale_code: "en-US" }, { locale_code: "es-MX" }],
        default_sales_channel_id: salesChannel.id,
      } as any,
    },
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Telar Storefront", type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const profiles = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profiles.length) {
    await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
  }
  return { salesChannelId: salesChannel.id }
}

export async function seedRegions(container: ExecArgs["container"]) {
  await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "United States", currency_code: "usd", countries: ["us"], payment_providers: ["pp_stripe_stripe"] },
        { name: "México", currency_code: "mxn", countries: ["mx"], payment_providers: ["pp_stripe_stripe"], is_tax_inclusive: true },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [
      { country_code: "us", provider_id: "tp_system" },
      {
        country_code: "mx",
        provider_id: "tp_system",
        default_tax_rate: { name: "IVA", code: "IVA", rate: 16 },
      },
    ],
  })
}

/** A welcome code shoppers can try at checkout. */
export async function seedPromotions(container: ExecArgs["container"]) {
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: "BIENVENIDA10",
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
        },
      ],
    } as any,
  })
}
