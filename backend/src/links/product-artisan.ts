import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

// A piece can be made by several artisans, and an artisan makes many pieces.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: CooperativeModule.linkable.artisan, isList: true }
)
