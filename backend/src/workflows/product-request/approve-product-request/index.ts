import {
  acquireLockStep,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  createTranslationsWorkflow,
  emitEventStep,
  releaseLockStep,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { setProducerPricesWorkflow } from "../../cooperative/set-producer-prices"
import { type ApprovalInput, planApprovalStep, SPANISH_LOCALE } from "../steps/approval-plan"
import { loadPendingRequestStep, recordReviewStep } from "../steps/product-requests"

export const PRODUCT_REQUEST_APPROVED = "product_request.approved"

/**
 * Turns a coordinator's proposed piece into a product of the shop: created as a draft with the
 * request's photos and staff's prices, linked to the cooperative, stocked at its location, its
 * producer price agreed and its Spanish text written, then published and the request marked
 * approved. Every step undoes itself if a later one fails; a request is approved once only.
 */
export const approveProductRequestWorkflow = createWorkflow("approve-product-request", (input: ApprovalInput) => {
  const lockKey = transform({ input }, ({ input }) => `telar:product-request:${input.id}`)
  // Two staff approving at once: the second waits, then finds it approved and is refused.
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const request = loadPendingRequestStep({ id: input.id })
  const plan = planApprovalStep({ request, input })

  const created = createProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ products: [plan.product] })) })
  const product = transform({ created }, ({ created }) => ({
    id: created[0].id,
    handle: created[0].handle,
    variant_id: created[0].variants[0].id,
  }))

  createRemoteLinkStep(
    transform({ plan, product }, ({ plan, product }) => [
      { [COOPERATIVE_MODULE]: { cooperative_id: plan.cooperative_id }, [Modules.PRODUCT]: { product_id: product.id } },
    ])
  ).config({ name: "link-request-product-cooperative" })

  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: transform({ product }, ({ product }) => ({ id: product.variant_id })),
  }).config({ name: "request-product-inventory-item" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ plan, variants }, ({ plan, variants }) => ({
      inventory_levels: [
        {
          inventory_item_id: (variants[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id,
          location_id: plan.location_id,
          stocked_quantity: plan.stock,
        },
      ],
    })),
  })

  setProducerPricesWorkflow.runAsStep({
    input: transform({ plan, product }, ({ plan, product }) => ({
      cooperative_id: plan.cooperative_id,
      prices: [{ variant_id: product.variant_id, amount: plan.producer_price.amount }],
    })),
  })

  createTranslationsWorkflow.runAsStep({
    input: transform({ plan, product }, ({ plan, product }) => ({
      translations: [{ reference: "product", reference_id: product.id, locale_code: SPANISH_LOCALE, translations: plan.spanish }],
    })),
  })

  updateProductsWorkflow.runAsStep({
    input: transform({ product }, ({ product }) => ({ selector: { id: product.id }, update: { status: ProductStatus.PUBLISHED } })),
  })

  recordReviewStep(
    transform({ input, request, product }, ({ input, request, product }) => ({
      id: request.id,
      revision: request.revision,
      reviewed_by: input.reviewed_by,
      to: "approved" as const,
      product_id: product.id,
    }))
  )
  emitEventStep({
    eventName: PRODUCT_REQUEST_APPROVED,
    data: transform({ request, product }, ({ request, product }) => ({
      id: request.id,
      revision: request.revision,
      product_id: product.id,
    })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ id: input.id, product_id: product.id, handle: product.handle })
})
