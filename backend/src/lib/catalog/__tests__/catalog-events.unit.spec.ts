import { CATALOG_EVENTS, changesCatalog, changesOnlyStock, STOCK_EVENTS } from "../catalog-events"

// Recorded from Medusa 2.21.2 and Telar while staff, coordinators and shoppers change what the store shows.
const EMITTED_BY_CATALOG_CHANGES = [
  // a piece created, renamed, unpublished, deleted; its price changed
  "product.created",
  "product.updated",
  "product.deleted",
  "product.product.created",
  "product.product.updated",
  "product.product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product.product-variant.updated",
  "product.product-variant.deleted",
  "product-option.deleted",
  "pricing.price.created",
  "pricing.price.updated",
  "pricing.price.deleted",
  "pricing.price-set.created",
  "pricing.price-list.created",
  "pricing.price-list.deleted",
  "pricing.price-preference.created",
  "LinkProductVariantPriceSet.attached",
  // categories, collections, tags, types
  "product-category.created",
  "product-category.updated",
  "product.product-category.updated",
  "product.product-collection.created",
  "product-tag.updated",
  "product.product-tag.updated",
  "product-type.created",
  // stock, reservations (a completed cart, staff), locations, sales channels, the key's channels
  "inventory-item.updated",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory.inventory-item.updated",
  "inventory.inventory-level.updated",
  "inventory.inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "inventory.reservation-item.created",
  "inventory.reservation-item.deleted",
  "order.placed",
  "order.canceled",
  "stock_location.stock-location.created",
  "stock_location.stock-location.updated",
  "LinkSalesChannelStockLocation.attached",
  "LinkProductSalesChannel.attached",
  "LinkProductSalesChannel.detached",
  "LinkProductVariantInventoryItem.attached",
  "LinkPublishableApiKeySalesChannel.attached",
  "sales-channel.updated",
  "sales_channel.sales-channel.updated",
  // regions, translations, taxes, the store's defaults
  "region.updated",
  "region.region.updated",
  "translation.created",
  "translation.translation.created",
  "tax.tax-rate.created",
  "store.store.updated",
  // Telar's cooperatives, artisans, producer prices and their links
  "cooperative.cooperative.created",
  "cooperative.cooperative.updated",
  "cooperative.artisan.created",
  "cooperative.producer-price.created",
  "cooperative.stock-change.created",
  "LinkCooperativeCooperativeProductProduct.attached",
  "LinkCooperativeCooperativeProductProduct.detached",
  "LinkCooperativeCooperativeStockLocationStockLocation.attached",
  "LinkProductProductCooperativeArtisan.attached",
  "LinkProductProductVariantCooperativeProducerPrice.attached",
]

// Recorded in the same run: carts and payments come and go all day without changing the catalog.
const EMITTED_BY_SHOPPING = [
  "cart.created",
  "cart.updated",
  "cart.cart.updated",
  "cart.line-item.created",
  "payment.payment-session.created",
  "payment.payment-collection.updated",
  "LinkCartPaymentCollection.attached",
  "LinkOrderCart.attached",
  "notification.notification.created",
  "customer.customer.created",
  "order.order.created",
]

describe("catalog events", () => {
  it.each(EMITTED_BY_CATALOG_CHANGES)("%s changes the catalog", (name) => {
    expect(changesCatalog(name)).toBe(true)
  })

  it.each(EMITTED_BY_SHOPPING)("%s does not", (name) => {
    expect(changesCatalog(name)).toBe(false)
  })

  it("names each event once, in the spelling modules emit (kebab-case models)", () => {
    expect(new Set(CATALOG_EVENTS).size).toBe(CATALOG_EVENTS.length)
    expect(CATALOG_EVENTS.filter((name) => /producer_price|exchange_rate|stock_change/.test(name))).toEqual([])
  })

  // Recorded in the same run: a sale, a restock, a coordinator's count, a return.
  it.each([
    "inventory-level.updated",
    "inventory.inventory-level.updated",
    "reservation-item.created",
    "inventory.reservation-item.deleted",
    "order.placed",
    "order.canceled",
    "cooperative.stock-change.created",
  ])("%s changes only stock: the catalog index keeps everything else", (name) => {
    expect(changesCatalog(name)).toBe(true)
    expect(changesOnlyStock(name)).toBe(true)
  })

  it("every other catalog change rebuilds the index whole (products, prices, links, translations, cooperatives)", () => {
    const rest = EMITTED_BY_CATALOG_CHANGES.filter((name) => !STOCK_EVENTS.includes(name))
    expect(rest).toEqual(expect.arrayContaining(["product.updated", "pricing.price.updated", "LinkProductVariantInventoryItem.attached"]))
    for (const name of rest) expect({ name, onlyStock: changesOnlyStock(name) }).toEqual({ name, onlyStock: false })
    expect(STOCK_EVENTS.every(changesCatalog)).toBe(true)
  })
})
