// One bench piece: a numbered copy of a seed product, in the shape the seed gives its own (see
// backend/src/scripts/seed-catalog.ts), marked so it can be found and removed again.
import { SPANISH } from "./shop.mjs"

export const BENCH_PREFIX = "bench-"
/** Pieces per search lot: fewer than the catalog's 2,000 search hits, so one lot's count is exact. */
export const LOT_SIZE = 1000

export const isBenchPiece = (product) => Boolean(product.handle?.startsWith(BENCH_PREFIX) && product.metadata?.bench === true)
export const benchNumber = (handle) => Number(/^bench-(\d+)-/.exec(handle)?.[1] ?? Number.NaN)
export const lotOf = (number) => Math.floor((number - 1) / LOT_SIZE)
/** A word only the pieces of one lot carry in their descriptions; the search index keeps it as is (checked with to_tsvector). */
export const lotWord = (lot) => `telarbenchlot${String(lot).padStart(3, "0")}`

export const templateOf = (number, templates) => templates[(number - 1) % templates.length]
export const benchHandle = (number, template) => `${BENCH_PREFIX}${String(number).padStart(5, "0")}-${template.seed.handle}`
const benchSku = (number, variant) => `BENCH-${number}-${variant.sku}`
const variantTitle = (variant) => Object.values(variant.options).join(" / ")
const isOneOfAKind = (seed) => seed.variants.length === 1 && seed.variants[0].stock === 1

/** The body of one product in POST /admin/products/batch's `create`. */
export function productInput(number, template, shop) {
  const { seed } = template
  return {
    title: `${seed.title_en} #${number}`,
    handle: benchHandle(number, template),
    description: `${seed.description_en}\n\nBench piece ${number} (${lotWord(lotOf(number))}).`,
    status: "published",
    material: seed.material,
    weight: seed.weight_grams,
    origin_country: "mx",
    shipping_profile_id: shop.shippingProfileId,
    categories: [{ id: template.categoryId }],
    thumbnail: template.thumbnail,
    images: template.images.map((url) => ({ url })),
    metadata: {
      technique: seed.technique,
      technique_es: seed.technique_es,
      one_of_a_kind: isOneOfAKind(seed),
      bench: true,
      bench_template: seed.handle,
    },
    sales_channels: shop.salesChannelIds.map((id) => ({ id })),
    options: seed.options,
    variants: seed.variants.map((variant) => ({
      title: variantTitle(variant),
      sku: benchSku(number, variant),
      options: variant.options,
      manage_inventory: true,
      allow_backorder: false,
      // Medusa's admin API takes a price as a JSON number in major units; the seed's are exact two-decimal text.
      prices: [
        { amount: Number(variant.price_usd), currency_code: "usd" },
        { amount: Number(variant.price_mxn), currency_code: "mxn" },
      ],
    })),
  }
}

const spanish = (reference, reference_id, translations) => ({ reference, reference_id, locale_code: SPANISH, translations })

/** The piece's Spanish text, option names and values and variant titles, as the seed writes them. */
export function spanishTranslations(product, number, template, shop) {
  const { seed } = template
  const valueEs = (value) => shop.valueEs.get(value) ?? value
  const translations = [
    spanish("product", product.id, {
      title: `${seed.title_es} #${number}`,
      description: `${seed.description_es}\n\nPieza de prueba ${number} (${lotWord(lotOf(number))}).`,
      material: seed.material_es,
    }),
  ]
  for (const option of product.options ?? []) {
    const title = shop.optionTitleEs.get(option.title)
    if (title) translations.push(spanish("product_option", option.id, { title }))
    for (const value of option.values ?? []) {
      if (valueEs(value.value) !== value.value)
        translations.push(spanish("product_option_value", value.id, { value: valueEs(value.value) }))
    }
  }
  for (const variant of product.variants ?? []) {
    const title = variant.title?.split(" / ").map(valueEs).join(" / ")
    if (title && title !== variant.title) translations.push(spanish("product_variant", variant.id, { title }))
  }
  return translations
}

/** Per created variant: its inventory item, stock at the cooperative's location and producer price, from the template. */
export function variantSupplies(product, number, template) {
  const bySku = new Map(template.seed.variants.map((variant) => [benchSku(number, variant), variant]))
  return (product.variants ?? []).map((variant) => {
    const seedVariant = bySku.get(variant.sku)
    const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
    if (!seedVariant || !inventoryItemId) {
      throw new Error(
        `Variant ${variant.sku} of ${product.handle} came back without ${seedVariant ? "an inventory item" : "a template variant"}.`
      )
    }
    return {
      level: { inventory_item_id: inventoryItemId, location_id: template.cooperative.locationId, stocked_quantity: seedVariant.stock },
      producerPrice: { variant_id: variant.id, amount: seedVariant.producer_price_mxn },
    }
  })
}
