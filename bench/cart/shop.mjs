// What the cart bench needs from the running shop: the store's publishable key, the US region, and
// one piece every journey can buy (its stock topped up through the admin API when there is an admin).
import { query } from "../big-catalog/http.mjs"

/** The storefront's publishable key: PUBLISHABLE_KEY, else the first live one the admin API lists. */
export async function publishableKey(admin, given) {
  if (given) return given
  if (!admin) throw new Error("Set PUBLISHABLE_KEY, or TELAR_ADMIN_EMAIL and TELAR_ADMIN_PASSWORD to look it up.")
  const { api_keys } = await admin.get(`/admin/api-keys${query({ type: "publishable", limit: 100 })}`)
  const live = api_keys.filter((key) => !key.revoked_at && key.sales_channels?.length !== 0)
  const key = live.find((candidate) => candidate.title === "Telar Storefront") ?? live[0]
  if (!key) throw new Error("The backend has no live publishable key (GET /admin/api-keys?type=publishable).")
  return key.token
}

export async function usRegion(store) {
  const { regions } = await store.get(`/store/regions${query({ fields: "id,name,currency_code,countries.iso_2" })}`)
  const region = regions.find((candidate) => candidate.currency_code === "usd" && candidate.countries?.some((c) => c.iso_2 === "us"))
  if (!region) throw new Error("No USD region that ships to the US: is the shop seeded?")
  return region
}

const PRODUCT_FIELDS =
  "id,title,handle,metadata,+cooperative.id,+cooperative.name,variants.id,variants.title,+variants.manage_inventory,+variants.inventory_quantity,variants.calculated_price.calculated_amount"

/**
 * A variant that is not one of a kind, tracks its stock and has some, has a USD price and a
 * cooperative (whose workshop ships it): the one with the most pieces left.
 */
async function pickVariant(store, regionId) {
  const candidates = []
  for (let offset = 0; ; offset += 100) {
    const { products, count } = await store.get(
      `/store/products${query({ limit: 100, offset, region_id: regionId, fields: PRODUCT_FIELDS })}`
    )
    for (const product of products) {
      if (product.metadata?.one_of_a_kind || !product.cooperative) continue
      for (const variant of product.variants ?? []) {
        if (!variant.manage_inventory || !(variant.inventory_quantity > 0) || variant.calculated_price?.calculated_amount == null) continue
        candidates.push({ product, variant })
      }
    }
    if (offset + products.length >= count || !products.length) break
  }
  candidates.sort((a, b) => b.variant.inventory_quantity - a.variant.inventory_quantity)
  if (!candidates.length) throw new Error("No piece to buy: no published variant outside one-of-a-kind pieces has stock and a USD price.")
  return candidates[0]
}

/**
 * Picks the piece and makes room for `journeys` more sales of it: with an admin, adds `journeys`
 * units to its stock at the location that holds it (so the shop shows the same stock after the run);
 * without one, asks that enough are already there.
 */
export async function pieceForJourneys(store, admin, regionId, journeys) {
  const { product, variant } = await pickVariant(store, regionId)
  const piece = {
    productTitle: product.title,
    handle: product.handle,
    cooperative: product.cooperative.name,
    variantId: variant.id,
    variantTitle: variant.title,
    before: variant.inventory_quantity,
    toppedUp: 0,
  }
  if (!admin) {
    if (variant.inventory_quantity < journeys) {
      throw new Error(
        `${product.handle} has ${variant.inventory_quantity} left, fewer than ${journeys} journeys: give admin credentials so the bench can top it up.`
      )
    }
    return piece
  }
  const { variant: adminVariant } = await admin.get(
    `/admin/products/${product.id}/variants/${variant.id}${query({ fields: "id,inventory_items.inventory_item_id,inventory_items.required_quantity" })}`
  )
  const links = adminVariant.inventory_items ?? []
  if (links.length !== 1)
    throw new Error(`${product.handle} / ${variant.title} is made of ${links.length} inventory items; the bench tops up one.`)
  const itemId = links[0].inventory_item_id
  const perPiece = links[0].required_quantity ?? 1
  const { inventory_levels } = await admin.get(`/admin/inventory-items/${itemId}/location-levels${query({ limit: 50 })}`)
  // The location with the most available units is the one the store's stock figure mostly comes from.
  const level = [...inventory_levels].sort((a, b) => b.available_quantity - a.available_quantity)[0]
  if (!level) throw new Error(`${product.handle} has no inventory level to top up.`)
  piece.toppedUp = journeys * perPiece
  await admin.post(`/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, {
    stocked_quantity: level.stocked_quantity + piece.toppedUp,
  })
  piece.locationId = level.location_id
  return piece
}
