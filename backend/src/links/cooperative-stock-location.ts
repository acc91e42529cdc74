import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CooperativeModule from "../modules/cooperative"

// Each cooperative keeps its stock at its own stock location, so inventory is per cooperative.
export default defineLink(CooperativeModule.linkable.cooperative, StockLocationModule.linkable.stockLocation)
