import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

// The producer price of a variant; removed with the variant.
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: CooperativeModule.linkable.producerPrice,
  deleteCascade: true,
})
