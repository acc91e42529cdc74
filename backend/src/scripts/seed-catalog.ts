import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createArtisanWorkflow } from "../workflows/cooperative/create-artisan"
import { createCooperativeWorkflow } from "../workflows/cooperative/create-cooperative"
import { linkCooperativeProductsWorkflow } from "../workflows/cooperative/link-cooperative-products"
import { setProducerPricesWorkflow } from "../workflows/cooperative/set-producer-prices"
import { setProductArtisansWorkflow } from "../workflows/cooperative/set-product-artisans"
import { categories, cooperatives, products } from "./seed-data/catalog"
import { OPTION_TITLES_ES, optionValueEs } from "./seed-data/options-es"
import type { SeedProduct } from "./seed-data/types"

type Container = ExecArgs["container"]

const SPANISH = "es-MX"

function imageUrl(file: string) {
  const base = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  return `${base}/static/catalog/${file}`
}

/** Cooperatives, artisans, categories and products of the demo catalog, all through workflows. */
export async function seedCatalog(container: Container, { salesChannelId }: { salesChannelId: string }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [shippingProfile] = await fulfillment.listShippingProfiles({ type: "default" })

  const { result: createdCategories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: categories.map((category) => ({
        name: category.name_en,
        handle: category.handle,
        is_active: true,
        metadata: { name_es: category.name_es },
      })),
    },
  })
  const categoryIds = new Map(createdCategories.map((category) => [category.handle, category.id]))

  const cooperativeIds = new Map<string, { id: string; locationId: string }>()
  const artisanIds = new Map<string, string>()
  for (const seed of cooperatives) {
    const { artisans, payout_method, account_holder, clabe, stripe_account_id, cover_image, ...fields } = seed
    const { result } = await createCooperativeWorkflow(container).run({
      input: {
        cooperative: { ...fields, status: "published", is_demo: true, cover_url: cover_image ? imageUrl(cover_image) : null },
        payout_account: { method: payout_method, account_holder, clabe, stripe_account_id, currency_code: "mxn" },
        sales_channel_ids: [salesChannelId],
      },
    })
    cooperativeIds.set(seed.handle, { id: result.cooperative.id, locationId: result.stock_location_id })
    for (const artisan of artisans) {
      const { result: created } = await createArtisanWorkflow(container).run({
        input: { cooperative_id: result.cooperative.id, artisan },
      })
      artisanIds.set(artisan.handle, created.id)
    }
  }
  logger.info(`Seeded ${cooperatives.length} cooperatives and ${artisanIds.size} artisans.`)

  const { result: createdProducts } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((product) => ({
        title: product.title_en,
        handle: product.handle,
        description: product.description_en,
        status: ProductStatus.PUBLISHED,
        material: product.material,
        weight: product.weight_grams,
        origin_country: "mx",
        shipping_profile_id: shippingProfile.id,
        category_ids: [categoryIds.get(product.category)!],
        thumbnail: imageUrl(product.images[0]),
        images: product.images.map((file) => ({ url: imageUrl(file) })),
        // Metadata is not translatable: the technique carries its Spanish beside it.
        metadata: { technique: product.technique, technique_es: product.technique_es, one_of_a_kind: isOneOfAKind(product) },
        sales_channels: [{ id: salesChannelId }],
        options: product.options,
        variants: product.variants.map((variant) => ({
          title: Object.values(variant.options).join(" / "),
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          allow_backorder: false,
          prices: [
            { amount: variant.price_usd as unknown as number, currency_code: "usd" },
            { amount: variant.price_mxn as unknown as number, currency_code: "mxn" },
          ],
        })),
      })),
    },
  })
  const productIds = new Map(createdProducts.map((product) => [product.handle, product.id]))

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: products.flatMap((product) => product.variants.map((variant) => variant.sku)) },
  })
  const variantsBySku = new Map(variants.map((variant: any) => [variant.sku, variant]))

  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const product of products) {
    const cooperative = cooperativeIds.get(product.cooperative)!
    await linkCooperativeProductsWorkflow(container).run({
      input: { cooperative_id: cooperative.id, add: [productIds.get(product.handle)!] },
    })
    if (product.artisans.length) {
      await setProductArtisansWorkflow(container).run({
        input: { product_id: productIds.get(product.handle)!, artisan_ids: product.artisans.map((h) => artisanIds.get(h)!) },
      })
    }
    await setProducerPricesWorkflow(container).run({
      input: {
        cooperative_id: cooperative.id,
        prices: product.variants.map((variant) => ({
          variant_id: variantsBySku.get(variant.sku).id,
          amount: variant.producer_price_mxn,
        })),
      },
    })
    for (const variant of product.variants) {
      const item = variantsBySku.get(variant.sku).inventory_items?.[0]
      if (item) {
        levels.push({ inventory_item_id: item.inventory_item_id, location_id: cooperative.locationId, stocked_quantity: variant.stock })
      }
    }
  }
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  logger.info(`Seeded ${products.length} products with ${levels.length} stocked variants.`)

  await seedSpanishTranslations(container, { productIds, categoryIds })
}

function isOneOfAKind(product: SeedProduct) {
  return product.variants.length === 1 && product.variants[0].stock === 1
}

type Translation = { reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }

const spanish = (reference: string, reference_id: string, translations: Record<string, string>): Translation => ({
  reference,
  reference_id,
  locale_code: SPANISH,
  translations,
})

/** Product text, materials, categories, option names and values and variant titles in Spanish. */
async function seedSpanishTranslations(
  container: Container,
  { productIds, categoryIds }: { productIds: Map<string, string>; categoryIds: Map<string, string> }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: withOptions } = await query.graph({
    entity: "product",
    fields: ["id", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.title"],
    filters: { id: [...productIds.values()] },
  })
  const options = withOptions.flatMap((product) => product.options ?? [])
  const values = options.flatMap((option) => option.values ?? [])
  const variants = withOptions.flatMap((product) => product.variants ?? [])
  // A variant's title is its values joined (see above), so its Spanish title is theirs.
  const variantTitleEs = (title: string) => title.split(" / ").map(optionValueEs).join(" / ")
  const translations: Translation[] = [
    ...products.map((product) =>
      spanish("product", productIds.get(product.handle)!, {
        title: product.title_es,
        description: product.description_es,
        material: product.material_es,
      })
    ),
    ...categories.map((category) => spanish("product_category", categoryIds.get(category.handle)!, { name: category.name_es })),
    ...options
      .filter((option) => OPTION_TITLES_ES[option.title])
      .map((option) => spanish("product_option", option.id, { title: OPTION_TITLES_ES[option.title] })),
    ...values
      .filter((value) => optionValueEs(value.value) !== value.value)
      .map((value) => spanish("product_option_value", value.id, { value: optionValueEs(value.value) })),
    ...variants
      .filter((variant) => variant.title && variantTitleEs(variant.title) !== variant.title)
      .map((variant) => spanish("product_variant", variant.id, { title: variantTitleEs(variant.title!) })),
  ]
  await createTranslationsWorkflow(container).run({ input: { translations } })
}
