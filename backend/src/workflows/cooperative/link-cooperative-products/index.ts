import { acquireLockStep, createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { assertCooperativeExistsStep } from "../steps/assert-cooperative-exists"
import { assertProductsAssignableStep, loadProductOwnershipStep } from "../steps/cooperative-products"

export type LinkCooperativeProductsInput = { cooperative_id: string; add?: string[]; remove?: string[] }

export const linkCooperativeProductsWorkflow = createWorkflow("link-cooperative-products", (input: LinkCooperativeProductsInput) => {
  assertCooperativeExistsStep({ id: input.cooperative_id })
  const ids = transform({ input }, ({ input }) => ({ add: input.add ?? [], remove: input.remove ?? [] }))
  // Two staff adding one product to two cooperatives at once: the second waits, then sees the
  // first's link and is refused (a product belongs to one cooperative). One key for all products
  // (staff move products rarely): a lock on several keys that gets only some of them keeps those
  // while it retries, and would wait on itself.
  const lockKey = "telar:product-cooperative"
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const toAdd = loadProductOwnershipStep({ product_ids: ids.add }).config({ name: "load-products-to-add" })
  const toRemove = loadProductOwnershipStep({ product_ids: ids.remove }).config({ name: "load-products-to-remove" })
  assertProductsAssignableStep({ cooperative_id: input.cooperative_id, add: toAdd, remove: toRemove })

  const links = transform({ input, toAdd, toRemove }, ({ input, toAdd, toRemove }) => {
    const link = (productId: string) => ({
      [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id },
      [Modules.PRODUCT]: { product_id: productId },
    })
    return {
      create: toAdd.filter((product) => !product.cooperative_id).map((product) => link(product.id)),
      dismiss: toRemove.map((product) => link(product.id)),
    }
  })
  dismissRemoteLinkStep(links.dismiss)
  createRemoteLinkStep(links.create)
  // A product's cooperative is part of what shoppers search and see: let indexes and caches refresh.
  const changed = transform({ ids }, ({ ids }) => [...ids.add, ...ids.remove].map((id) => ({ id })))
  emitEventStep({ eventName: "product.updated", data: changed })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ added: ids.add, removed: ids.remove })
})
