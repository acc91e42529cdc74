// The catalog bench/stock-medusa.mjs copies: every product Telar's store API serves, read in full through
// Telar's admin API, then created the same way (published, same options, variants and USD/MXN prices)
// in the stock Medusa app, with a sales channel, a publishable key and a USD region around it.
import { chunks, query } from "../big-catalog/http.mjs"

const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "*images",
  "*options",
  "*options.values",
  "*variants",
  "*variants.options",
  "*variants.prices",
].join(",")
const CURRENCIES = ["usd", "mxn"]

/** Telar's live publishable key: PUBLISHABLE_KEY if given (checked), else the storefront's. */
export async function telarPublishableKey(telarAdmin, token) {
  const { api_keys } = await telarAdmin.get(`/admin/api-keys${query({ type: "publishable", limit: 100 })}`)
  const live = api_keys.filter((key) => !key.revoked_at)
  const key = token
    ? live.find((candidate) => candidate.token === token)
    : (live.find((candidate) => candidate.title === "Telar Storefront") ?? live[0])
  if (!key) throw new Error(token ? "PUBLISHABLE_KEY is not a live publishable key of Telar." : "Telar has no live publishable key.")
  return key.token
}

/** Every product Telar's store API lists (ids from the store, everything else from the admin API). */
export async function readTelarCatalog(telarAdmin, telarStore) {
  const ids = []
  for (let offset = 0; ; offset += 100) {
    const { products, count } = await telarStore.get(`/store/products${query({ limit: 100, offset, fields: "id" })}`)
    ids.push(...products.map((product) => product.id))
    if (!products.length || ids.length >= count) break
  }
  const products = []
  for (const batch of chunks(ids, 50)) {
    const { products: found } = await telarAdmin.get(`/admin/products${query({ id: batch, limit: batch.length, fields: PRODUCT_FIELDS })}`)
    products.push(...found)
  }
  if (products.length !== ids.length)
    throw new Error(`Telar's store lists ${ids.length} products but its admin API returned ${products.length}.`)
  return products
}

/** One USD and one MXN price per variant, as Telar stores them (prices without rules first). */
function copyPrices(variant) {
  const prices = []
  for (const currency of CURRENCIES) {
    const candidates = (variant.prices ?? []).filter((price) => price.currency_code === currency)
    const plain = candidates.find((price) => !Object.keys(price.rules ?? {}).length) ?? candidates[0]
    if (plain) prices.push({ currency_code: currency, amount: plain.amount })
  }
  return prices
}

/** The admin API's create payload for one Telar product. */
function productCopy(product, { salesChannelId, shippingProfileId }) {
  const optionTitles = new Map((product.options ?? []).map((option) => [option.id, option.title]))
  return {
    title: product.title,
    subtitle: product.subtitle ?? undefined,
    handle: product.handle,
    description: product.description ?? undefined,
    status: "published",
    thumbnail: product.thumbnail ?? undefined,
    images: (product.images ?? []).map((image) => ({ url: image.url })),
    options: (product.options ?? []).map((option) => ({ title: option.title, values: option.values.map((value) => value.value) })),
    variants: (product.variants ?? []).map((variant) => ({
      title: variant.title,
      sku: variant.sku ?? undefined,
      manage_inventory: variant.manage_inventory,
      allow_backorder: variant.allow_backorder,
      options: Object.fromEntries((variant.options ?? []).map((value) => [optionTitles.get(value.option_id), value.value])),
      prices: copyPrices(variant),
    })),
    sales_channels: [{ id: salesChannelId }],
    shipping_profile_id: shippingProfileId,
  }
}

/** Store currencies, a USD region, the default sales channel with a new publishable key, a default shipping profile. */
async function prepareStockShop(stockAdmin) {
  const { stores } = await stockAdmin.get("/admin/stores")
  await stockAdmin.post(`/admin/stores/${stores[0].id}`, {
    supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "mxn" }],
  })
  await stockAdmin.post("/admin/regions", { name: "United States", currency_code: "usd", countries: ["us"] })
  const { sales_channels } = await stockAdmin.get(`/admin/sales-channels${query({ limit: 1 })}`)
  const salesChannelId = sales_channels[0]?.id ?? (await stockAdmin.post("/admin/sales-channels", { name: "Bench" })).sales_channel.id
  const { api_key } = await stockAdmin.post("/admin/api-keys", { title: "Bench storefront", type: "publishable" })
  await stockAdmin.post(`/admin/api-keys/${api_key.id}/sales-channels`, { add: [salesChannelId] })
  const { shipping_profiles } = await stockAdmin.get(`/admin/shipping-profiles${query({ type: "default" })}`)
  const shippingProfileId =
    shipping_profiles[0]?.id ??
    (await stockAdmin.post("/admin/shipping-profiles", { name: "Default Shipping Profile", type: "default" })).shipping_profile.id
  return { publishableKey: api_key.token, salesChannelId, shippingProfileId }
}

/** Creates the copies in the (fresh) stock app; returns its publishable key. */
export async function seedStockCatalog(stockAdmin, products) {
  const shop = await prepareStockShop(stockAdmin)
  for (const batch of chunks(products, 20)) {
    await stockAdmin.post("/admin/products/batch", { create: batch.map((product) => productCopy(product, shop)) })
  }
  return shop.publishableKey
}
