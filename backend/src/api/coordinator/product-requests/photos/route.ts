import type { MedusaResponse } from "@medusajs/framework/http"
import { PhotoTooLarge } from "../../../../lib/product-request/photos"
import { uploadRequestPhoto } from "../../../../lib/product-request/requests"
import type { CoordinatorRequest } from "../../helpers"
import { requestingCoordinator } from "../helpers"
import type { CoordinatorUploadProductRequestPhotoType } from "../validators"

/**
 * One photo of a piece to propose (base64 JSON: the portal sends each photo on its own, so a
 * weak signal retries one photo, not all). Resized and stored; the same photo again answers 200
 * with the first upload.
 */
export async function POST(req: CoordinatorRequest<CoordinatorUploadProductRequestPhotoType>, res: MedusaResponse) {
  try {
    const { photo, replayed } = await uploadRequestPhoto(req.scope, requestingCoordinator(req), req.validatedBody.content)
    res.status(replayed ? 200 : 201).json({ photo, replayed })
  } catch (error) {
    if (error instanceof PhotoTooLarge) {
      res.status(413).json({ type: "payload_too_large", message: error.message })
      return
    }
    throw error
  }
}
