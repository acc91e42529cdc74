import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { unitsLeft } from "@telar/fair-trade"
import type { ShelfProduct, ShelfVariant } from "@telar/types"

export type { ShelfProduct, ShelfVariant }

export type Shelf = { cooperative_id: string; location_id: string | null; products: ShelfProduct[] }

const SOLD_WINDOW_DAYS = 30

type Level = { location_id: string; stocked_quantity?: number | null; reserved_quantity?: number | null }

/**
 * One cooperative's pieces as its coordinator keeps them: each variant's stock at the
 * cooperative's own location, the units held by placed orders, and what sold in the last 30 days.
 * Only this cooperative's products are ever read.
 */
/** The Translation module's locale for each portal language (English is the catalog's own). */
const MEDUSA_LOCALE: Record<string, string | undefined> = { es: "es-MX", en: undefined }

export async function loadShelf(container: MedusaContainer, cooperativeId: string, language?: string): Promise<Shelf> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: [
      "id",
      "stock_location.id",
      "products.id",
      "products.title",
      "products.handle",
      "products.status",
      "products.thumbnail",
      "products.variants.id",
      "products.variants.title",
      "products.variants.sku",
      "products.variants.inventory_items.inventory_item_id",
      "products.variants.inventory_items.inventory.location_levels.location_id",
      "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
      "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: cooperativeId },
  })
  const cooperative = cooperatives[0] as any
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cooperative not found.")
  const locationId: string | null = cooperative.stock_location?.id ?? null
  const products: any[] = (cooperative.products ?? []).filter(Boolean)
  // Titles in the coordinator's language, as shoppers on /es read them.
  const localeCode = language ? MEDUSA_LOCALE[language] : undefined
  if (localeCode && products.length) await applyTranslations({ localeCode, objects: products, container })
  const variantIds = products.flatMap((product) => (product.variants ?? []).filter(Boolean).map((variant: any) => variant.id))
  const sold = await soldSince(container, variantIds, new Date(Date.now() - SOLD_WINDOW_DAYS * 24 * 60 * 60 * 1000))

  return {
    cooperative_id: cooperative.id,
    location_id: locationId,
    products: products
      .map((product) => ({
        id: product.id,
        title: product.title,
        handle: product.handle,
        status: product.status,
        thumbnail: product.thumbnail ?? null,
        variants: (product.variants ?? []).filter(Boolean).map((variant: any, _index: number, all: unknown[]): ShelfVariant => {
          const link = (variant.inventory_items ?? []).find(Boolean)
          const level: Level | undefined = (link?.inventory?.location_levels ?? []).find(
            (candidate: Level) => candidate?.location_id === locationId
          )
          return {
            id: variant.id,
            title: variant.title,
            sku: variant.sku ?? null,
            product_id: product.id,
            product_title: product.title,
            label: all.length > 1 ? `${product.title} · ${variant.title}` : product.title,
            inventory_item_id: link?.inventory_item_id ?? null,
            stocked_quantity: Number(level?.stocked_quantity ?? 0),
            reserved_quantity: Number(level?.reserved_quantity ?? 0),
            available_quantity: unitsLeft(level),
            sold_last_30_days: sold.get(variant.id) ?? 0,
          }
        }),
      }))
      .sort((a, b) => a.title.localeCompare(b.title, language)),
  }
}

/** Units of these variants in orders placed since `since` and not canceled. */
async function soldSince(container: MedusaContainer, variantIds: string[], since: Date): Promise<Map<string, number>> {
  const sold = new Map<string, number>()
  if (!variantIds.length) return sold
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "items.variant_id", "items.quantity"],
    filters: { created_at: { $gte: since }, items: { variant_id: variantIds } } as any,
  })
  const wanted = new Set(variantIds)
  for (const order of orders as any[]) {
    if (order.status === "canceled") continue
    for (const item of order.items ?? []) {
      if (item?.variant_id && wanted.has(item.variant_id))
        sold.set(item.variant_id, (sold.get(item.variant_id) ?? 0) + Number(item.quantity))
    }
  }
  return sold
}
