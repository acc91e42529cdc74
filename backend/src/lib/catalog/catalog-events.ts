import {
  buildEventNamesFromEntityName,
  CommonEvents,
  InventoryEvents,
  InventoryItemWorkflowEvents,
  InventoryLevelWorkflowEvents,
  Modules,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
  PricingEvents,
  ProductCategoryWorkflowEvents,
  ProductCollectionWorkflowEvents,
  ProductEvents,
  ProductOptionValueWorkflowEvents,
  ProductOptionWorkflowEvents,
  ProductTagWorkflowEvents,
  ProductTypeWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  RegionWorkflowEvents,
  ReservationItemWorkflowEvents,
  SalesChannelWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { PARCEL_SHIPPED_EVENT } from "../fulfillment/parcel-shipped-event"

/** The "<module>.<model>.<action>" events a module service emits by itself on every write, in or outside a workflow. */
const moduleEvents = (module: string, models: string[]) => Object.values(buildEventNamesFromEntityName(models, module))

/** A module link emits "<LinkName>.attached" / ".detached" when a row is linked or unlinked. */
const linkEvents = (links: string[]) => links.flatMap((link) => [`${link}.${CommonEvents.ATTACHED}`, `${link}.${CommonEvents.DETACHED}`])

/** Orders reserve, release and restock pieces (the inventory module's own events say so too). */
const ORDER_STOCK_EVENTS = [
  OrderWorkflowEvents.PLACED,
  OrderWorkflowEvents.CANCELED,
  OrderWorkflowEvents.RETURN_RECEIVED,
  OrderWorkflowEvents.CLAIM_CREATED,
  OrderWorkflowEvents.EXCHANGE_CREATED,
  OrderEditWorkflowEvents.CONFIRMED,
  PARCEL_SHIPPED_EVENT,
]

/**
 * Every event after which a shopper may see different products, prices, stock, categories or
 * cooperatives: the store's cached answers and the storefront's cached pages are dropped on each.
 * Names as Medusa 2.21 and Telar really emit them (checked against a recording of the events of
 * every admin, coordinator and checkout change); when unsure whether an event matters, it is here.
 */
export const CATALOG_EVENTS: readonly string[] = [
  ...new Set([
    // Emitted by Medusa's workflows (core-flows).
    ...[
      ProductWorkflowEvents,
      ProductVariantWorkflowEvents,
      ProductOptionWorkflowEvents,
      ProductOptionValueWorkflowEvents,
      ProductCategoryWorkflowEvents,
      ProductCollectionWorkflowEvents,
      ProductTagWorkflowEvents,
      ProductTypeWorkflowEvents,
      InventoryItemWorkflowEvents,
      InventoryLevelWorkflowEvents,
      ReservationItemWorkflowEvents,
      SalesChannelWorkflowEvents,
      RegionWorkflowEvents,
      TranslationWorkflowEvents,
    ].flatMap((events) => Object.values(events)),
    ...ORDER_STOCK_EVENTS,
    // Emitted by the module services themselves (internal events).
    ...Object.values(ProductEvents),
    ...Object.values(InventoryEvents),
    ...Object.values(PricingEvents),
    ...moduleEvents(Modules.PRICING, ["pricePreference"]),
    ...moduleEvents(Modules.STOCK_LOCATION, ["stockLocation", "stockLocationAddress"]),
    ...moduleEvents(Modules.SALES_CHANNEL, ["salesChannel"]),
    ...moduleEvents(Modules.REGION, ["region", "country"]),
    ...moduleEvents(Modules.TAX, ["taxRate", "taxRegion", "taxRateRule"]),
    ...moduleEvents(Modules.STORE, ["store", "storeCurrency", "storeLocale"]),
    ...moduleEvents(Modules.TRANSLATION, ["translation"]),
    ...moduleEvents(Modules.API_KEY, ["apiKey"]),
    ...moduleEvents(COOPERATIVE_MODULE, ["cooperative", "artisan", "producerPrice", "exchangeRate", "stockChange"]),
    // Links that decide where a piece is sold, stocked and priced, and whose it is (src/links too).
    ...linkEvents([
      "LinkProductSalesChannel",
      "LinkProductShippingProfile",
      "LinkProductVariantInventoryItem",
      "LinkProductVariantPriceSet",
      "LinkSalesChannelStockLocation",
      "LinkPublishableApiKeySalesChannel",
      "LinkCooperativeCooperativeProductProduct",
      "LinkCooperativeCooperativeStockLocationStockLocation",
      "LinkProductProductCooperativeArtisan",
      "LinkProductProductVariantCooperativeProducerPrice",
    ]),
  ]),
]

const CATALOG_EVENT_NAMES = new Set(CATALOG_EVENTS)

export const changesCatalog = (eventName: string) => CATALOG_EVENT_NAMES.has(eventName)

/**
 * The catalog events that change only how many of a piece can be sold (stock levels, reservations,
 * the orders that make them, coordinators' recorded stock changes): after these the catalog index
 * refreshes its stock and keeps everything else (catalog-index.ts). Every other catalog event
 * rebuilds it whole.
 */
export const STOCK_EVENTS: readonly string[] = [
  ...new Set([
    ...[InventoryItemWorkflowEvents, InventoryLevelWorkflowEvents, ReservationItemWorkflowEvents].flatMap((events) =>
      Object.values(events)
    ),
    ...Object.values(InventoryEvents),
    ...ORDER_STOCK_EVENTS,
    ...moduleEvents(COOPERATIVE_MODULE, ["stockChange"]),
  ]),
]

const STOCK_EVENT_NAMES = new Set(STOCK_EVENTS)

/** A catalog event after which only stock and reservations can differ. */
export const changesOnlyStock = (eventName: string) => STOCK_EVENT_NAMES.has(eventName)
