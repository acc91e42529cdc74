import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REQUEST_MODULE } from "../../../modules/product-request"
import type ProductRequestModuleService from "../../../modules/product-request/service"

export type PhotoRecord = {
  cooperative_id: string
  coordinator_id: string
  file_id: string
  url: string
  mime_type: string
  width: number
  height: number
  size_bytes: number
  sha256: string
}

/** Records an uploaded photo as the cooperative's; removed again if the workflow fails later. */
export const recordPhotoStep = createStep(
  "record-product-request-image",
  async (input: PhotoRecord, { container }) => {
    const photo = await container.resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE).createProductRequestImages(input)
    return new StepResponse(photo, photo.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE).deleteProductRequestImages(id)
  }
)
