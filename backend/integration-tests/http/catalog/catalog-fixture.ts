import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { cooperativeBody, createStoreFixture } from "../../helpers/fixtures"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

type Piece = {
  handle: string
  title: string
  title_es: string
  category: string
  cooperative: "tejedoras" | "artesanas" | null
  technique: string
  usd: number
  mxn: number
  /** Stock per variant; null = inventory not managed. */
  stock: (number | null)[]
  one_of_a_kind?: boolean
  status?: "published" | "draft"
  inSalesChannel?: boolean
}

/** Created in this order, so "newest" is the reverse. */
export const PIECES: Piece[] = [
  {
    handle: "brocade-huipil",
    title: "Brocade huipil",
    title_es: "Huipil brocado",
    category: "textiles",
    cooperative: "tejedoras",
    technique: "backstrap loom",
    usd: 128,
    mxn: 2340,
    stock: [2, 1],
  },
  {
    handle: "doll-huipiles",
    title: "Small huipiles for dolls",
    title_es: "Huipiles pequeños para muñecas",
    category: "textiles",
    cooperative: "tejedoras",
    technique: "Backstrap loom",
    usd: 40,
    mxn: 720,
    stock: [5],
  },
  {
    handle: "amber-necklace",
    title: "Amber necklace",
    title_es: "Collar de ámbar",
    category: "jewellery",
    cooperative: "artesanas",
    technique: "amber carving",
    usd: 95,
    mxn: 1700,
    stock: [1],
    one_of_a_kind: true,
  },
  {
    handle: "jicara-bowl",
    title: "Jícara gourd bowl",
    title_es: "Jícara laqueada",
    category: "pottery",
    cooperative: "artesanas",
    technique: "lacquer",
    usd: 60,
    mxn: 1100,
    stock: [null],
  },
  {
    handle: "clay-jaguar",
    title: "Clay jaguar",
    title_es: "Jaguar de barro",
    category: "pottery",
    cooperative: "artesanas",
    technique: "hand-coiled clay",
    usd: 30,
    mxn: 540,
    stock: [0],
  },
  {
    handle: "draft-huipil",
    title: "Draft huipil",
    title_es: "Huipil borrador",
    category: "textiles",
    cooperative: "tejedoras",
    technique: "backstrap loom",
    usd: 10,
    mxn: 180,
    stock: [9],
    status: "draft",
  },
  {
    handle: "offline-huipil",
    title: "Offline huipil",
    title_es: "Huipil fuera de línea",
    category: "textiles",
    cooperative: null,
    technique: "backstrap loom",
    usd: 10,
    mxn: 180,
    stock: [9],
    inSalesChannel: false,
  },
]

export const CATEGORIES = [
  { handle: "textiles", name: "Textiles", name_es: "Textiles" },
  { handle: "jewellery", name: "Jewellery", name_es: "Joyería" },
  { handle: "pottery", name: "Pottery", name_es: "Alfarería" },
]

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

/**
 * Two cooperatives, three categories and seven products through the admin API (five on sale,
 * one draft, one outside the sales channel), stock, producer prices, a USD->MXN rate of 20 and
 * Spanish translations; then waits until the search index has ingested all of it.
 */
export async function createCatalogFixture(container: MedusaContainer, api: Api) {
  const { admin, store, salesChannelId } = await createStoreFixture(container, api)
  await api.post("/admin/exchange-rates", { rate: "20" }, admin)

  const cooperatives: Record<string, any> = {}
  for (const [key, overrides] of [
    ["tejedoras", { handle: "tejedoras", name: "Tejedoras de Zinacantán" }],
    ["artesanas", { handle: "artesanas", name: "Artesanas de Chiapa", community: "Chiapa de Corzo", member_families: 17 }],
  ] as const) {
    const { data } = await api.post("/admin/cooperatives", cooperativeBody(overrides), admin)
    cooperatives[key] = data.cooperative
  }
  for (const [key, handle, name] of [
    ["tejedoras", "rosa", "Rosa Hernández"],
    ["tejedoras", "maria", "María Pérez"],
    ["artesanas", "juana", "Juana López"],
  ]) {
    await api.post(`/admin/cooperatives/${cooperatives[key].id}/artisans`, { handle, name, craft: "craft" }, admin)
  }

  const categoryIds: Record<string, string> = {}
  for (const category of CATEGORIES) {
    const { data } = await api.post("/admin/product-categories", { name: category.name, handle: category.handle, is_active: true }, admin)
    categoryIds[category.handle] = data.product_category.id
  }

  const products: Record<string, any> = {}
  for (const piece of PIECES) {
    const { data } = await api.post(
      "/admin/products",
      {
        title: piece.title,
        handle: piece.handle,
        status: piece.status ?? "published",
        sales_channels: piece.inSalesChannel === false ? [] : [{ id: salesChannelId }],
        categories: [{ id: categoryIds[piece.category] }],
        metadata: { technique: piece.technique, one_of_a_kind: piece.one_of_a_kind ?? false },
        options: [{ title: "Size", values: piece.stock.map((_, i) => `S${i}`) }],
        variants: piece.stock.map((stock, i) => ({
          title: `S${i}`,
          sku: `${piece.handle}-${i}`.toUpperCase(),
          options: { Size: `S${i}` },
          manage_inventory: stock !== null,
          prices: [
            { amount: piece.usd, currency_code: "usd" },
            { amount: piece.mxn, currency_code: "mxn" },
          ],
        })),
      },
      admin
    )
    products[piece.handle] = data.product
    if (piece.cooperative) {
      const cooperative = cooperatives[piece.cooperative]
      await api.post(`/admin/cooperatives/${cooperative.id}/products`, { add: [data.product.id] }, admin)
      const { data: withItems } = await api.get(`/admin/products/${data.product.id}?fields=*variants,*variants.inventory_items`, admin)
      for (const variant of withItems.product.variants) {
        const stock = piece.stock[Number(variant.title.slice(1))]
        const item = variant.inventory_items?.[0]
        if (stock === null || !item) continue
        await api.post(
          `/admin/inventory-items/${item.inventory_item_id}/location-levels`,
          { location_id: cooperative.stock_location.id, stocked_quantity: stock },
          admin
        )
      }
    }
  }

  // Producer prices (MXN) for the brocade huipil's two variants and the necklace.
  const [m, l] = products["brocade-huipil"].variants
  await api.post(
    `/admin/cooperatives/${cooperatives.tejedoras.id}/producer-prices`,
    {
      prices: [
        { variant_id: m.id, amount: "1300" },
        { variant_id: l.id, amount: "1300" },
      ],
    },
    admin
  )
  await api.post(
    `/admin/cooperatives/${cooperatives.artesanas.id}/producer-prices`,
    { prices: [{ variant_id: products["amber-necklace"].variants[0].id, amount: "900" }] },
    admin
  )

  await createTranslationsWorkflow(container).run({
    input: {
      translations: [
        ...PIECES.map((piece) => ({
          reference: "product",
          reference_id: products[piece.handle].id,
          locale_code: "es-MX",
          translations: { title: piece.title_es },
        })),
        ...CATEGORIES.map((category) => ({
          reference: "product_category",
          reference_id: categoryIds[category.handle],
          locale_code: "es-MX",
          translations: { name: category.name_es },
        })),
      ],
    },
  })

  // Ingestion is event-driven and asynchronous: wait until every product's document is final.
  const searchModule = container.resolve(Modules.SEARCH)
  const ids = PIECES.map((piece) => products[piece.handle].id)
  await waitFor("the search index to ingest the fixture", async () => {
    const { hits } = await searchModule.search({ entity: "product", filters: { id: ids }, pagination: { take: 50 } })
    const byId = new Map(hits.map((hit) => [hit.id, hit.document as any]))
    return PIECES.every((piece) => {
      const document = byId.get(products[piece.handle].id)
      return document?.title_es === piece.title_es && (!piece.cooperative || !!document?.cooperative_name)
    })
  })

  const { data: regions } = await api.get("/store/regions", store)
  const regionOf = (currency: string) => regions.regions.find((r: any) => r.currency_code === currency).id
  return { admin, store, salesChannelId, cooperatives, products, usd: regionOf("usd"), mxn: regionOf("mxn") }
}
