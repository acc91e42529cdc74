import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REQUEST_MODULE } from "../../../modules/product-request"
import type { ProductRequestStatus } from "../../../modules/product-request/models/product-request"
import type { ProductRequestFields } from "../../../modules/product-request/service"
import type ProductRequestModuleService from "../../../modules/product-request/service"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE)

export type PendingRequest = ProductRequestFields & {
  id: string
  cooperative_id: string
  coordinator_id: string
  revision: number
  photos: { id: string; url: string; position: number }[]
}

const WHY_NOT: Record<Exclude<ProductRequestStatus, "pending">, string> = {
  approved: "was approved already",
  returned: "was returned to the coordinator; it can be reviewed again once they send it back",
}

/** The request, which must be waiting for a review: approving or returning twice is refused. */
export const loadPendingRequestStep = createStep("load-pending-product-request", async ({ id }: { id: string }, { container }) => {
  const [request] = await service(container).listProductRequests({ id }, { relations: ["photos"], take: 1 })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product request "${id}" was not found.`)
  if (request.status !== "pending") {
    const product = request.product_id ? ` (product ${request.product_id})` : ""
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Product request "${id}" ${WHY_NOT[request.status as Exclude<ProductRequestStatus, "pending">]}${product}.`
    )
  }
  const photos = [...(request.photos ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((photo) => ({ id: photo.id, url: photo.url, position: photo.position }))
  return new StepResponse<PendingRequest>({
    id: request.id,
    cooperative_id: request.cooperative_id,
    coordinator_id: request.coordinator_id,
    revision: request.revision,
    title_es: request.title_es,
    story_es: request.story_es,
    materials: request.materials,
    technique: request.technique,
    producer_price_amount: request.producer_price_amount,
    producer_price_currency: request.producer_price_currency,
    stock: request.stock,
    photos,
  })
})

export type ReviewStepInput = {
  id: string
  revision: number
  reviewed_by: string
  to: "approved" | "returned"
  staff_comment?: string | null
  product_id?: string | null
}

/**
 * Records the review, only if the request is still the pending revision that was checked (one
 * statement: two staff at once cannot both review it). Undone by reopening it.
 */
export const recordReviewStep = createStep(
  "record-product-request-review",
  async (input: ReviewStepInput, { container }) => {
    const reviewed = await service(container).reviewProductRequest(input)
    if (!reviewed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Product request "${input.id}" was reviewed by someone else meanwhile.`)
    }
    return new StepResponse({ id: input.id, revision: input.revision, status: input.to }, { id: input.id, revision: input.revision })
  },
  async (reviewed, { container }) => {
    if (reviewed) await service(container).reopenProductRequest(reviewed)
  }
)
