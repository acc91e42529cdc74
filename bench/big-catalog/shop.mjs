// What bench pieces copy from the running shop: the seed's products as templates, and the ids of the
// categories, cooperatives, stock locations, sales channels and shipping profile the seed made.
import { readFile } from "node:fs/promises"
import { chunks, query } from "./http.mjs"

const SEED_DATA = new URL("../../backend/src/scripts/seed-data/", import.meta.url)
export const SPANISH = "es-MX"

const TEMPLATE_FIELDS = "id,handle,thumbnail,images.url,options.id,options.title,options.values.id,options.values.value"

async function seedProducts() {
  const file = new URL("products.json", SEED_DATA)
  try {
    return JSON.parse(await readFile(file, "utf8"))
  } catch (error) {
    throw new Error(`Cannot read the seed's products at ${file.pathname}: ${error.message}`)
  }
}

/** The storefront's publishable key and the sales channels it sees (the ones bench pieces are sold in). */
async function publishableKeyOf(admin, token) {
  const { api_keys } = await admin.get(`/admin/api-keys${query({ type: "publishable", limit: 100 })}`)
  const live = api_keys.filter((key) => !key.revoked_at)
  const key = token ? live.find((candidate) => candidate.token === token) : live.find((candidate) => candidate.title === "Telar Storefront")
  if (!key) {
    throw new Error(
      token
        ? "PUBLISHABLE_KEY is not a live publishable key of this backend (GET /admin/api-keys?type=publishable)."
        : 'No live publishable key titled "Telar Storefront": set PUBLISHABLE_KEY (npm start prints it).'
    )
  }
  const salesChannelIds = (key.sales_channels ?? []).filter(Boolean).map((channel) => channel.id)
  if (!salesChannelIds.length) throw new Error(`The publishable key "${key.title}" has no sales channel: the store API would refuse it.`)
  return { token: key.token, salesChannelIds }
}

/** The Spanish option titles and values the seed wrote for its products, keyed by their English text. */
async function optionSpanish(admin, liveTemplates) {
  const titles = new Map()
  const values = new Map()
  for (const product of liveTemplates) {
    for (const option of product.options ?? []) {
      titles.set(option.id, option.title)
      for (const value of option.values ?? []) values.set(value.id, value.value)
    }
  }
  const optionTitleEs = new Map()
  const valueEs = new Map()
  for (const ids of chunks([...titles.keys(), ...values.keys()], 100)) {
    const { translations } = await admin.get(`/admin/translations${query({ locale_code: SPANISH, reference_id: ids, limit: 1000 })}`)
    for (const translation of translations) {
      const text = translation.translations ?? {}
      if (translation.reference === "product_option" && text.title) optionTitleEs.set(titles.get(translation.reference_id), text.title)
      if (translation.reference === "product_option_value" && text.value) valueEs.set(values.get(translation.reference_id), text.value)
    }
  }
  return { optionTitleEs, valueEs }
}

/**
 * The templates (seed products whose category and published cooperative exist here) and every id a
 * bench piece needs. Images are the live seeded product's, so they resolve wherever the seed's did.
 */
export async function loadShop(admin, { backend, publishableKey }) {
  const products = await seedProducts()
  const [{ product_categories }, { cooperatives }, { shipping_profiles }, key] = await Promise.all([
    admin.get(`/admin/product-categories${query({ limit: 1000, fields: "id,handle" })}`),
    admin.get(`/admin/cooperatives${query({ limit: 1000, fields: "id,handle,status,stock_location.id" })}`),
    admin.get(`/admin/shipping-profiles${query({ type: "default", fields: "id" })}`),
    publishableKeyOf(admin, publishableKey),
  ])
  if (!shipping_profiles.length)
    throw new Error("No default shipping profile (GET /admin/shipping-profiles?type=default): is the shop seeded?")
  const liveTemplates = []
  for (const handles of chunks(
    products.map((product) => product.handle),
    50
  )) {
    const { products: found } = await admin.get(
      `/admin/products${query({ handle: handles, limit: handles.length, fields: TEMPLATE_FIELDS })}`
    )
    liveTemplates.push(...found)
  }
  const liveByHandle = new Map(liveTemplates.map((product) => [product.handle, product]))
  const categoryIds = new Map(product_categories.map((category) => [category.handle, category.id]))
  const sellers = new Map(
    cooperatives
      .filter((cooperative) => cooperative.status === "published" && cooperative.stock_location?.id)
      .map((cooperative) => [cooperative.handle, { id: cooperative.id, locationId: cooperative.stock_location.id }])
  )

  const templates = []
  const skipped = []
  for (const seed of products) {
    const categoryId = categoryIds.get(seed.category)
    const cooperative = sellers.get(seed.cooperative)
    if (!categoryId || !cooperative) {
      skipped.push(`${seed.handle} (${categoryId ? `cooperative ${seed.cooperative} not published here` : `no category ${seed.category}`})`)
      continue
    }
    const live = liveByHandle.get(seed.handle)
    const images = live?.images?.length
      ? live.images.map((image) => image.url)
      : seed.images.map((file) => `${backend}/static/catalog/${file}`)
    templates.push({ seed, categoryId, cooperative, images, thumbnail: live?.thumbnail ?? images[0] })
  }
  return {
    templates,
    skipped,
    publishableKey: key.token,
    salesChannelIds: key.salesChannelIds,
    shippingProfileId: shipping_profiles[0].id,
    ...(await optionSpanish(admin, liveTemplates)),
  }
}
