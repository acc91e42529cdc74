import { randomUUID } from "node:crypto"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordPhotoStep } from "../steps/photos"

export type UploadProductRequestPhotoInput = {
  cooperative_id: string
  coordinator_id: string
  /** The photo as it is kept: already resized and re-encoded (see lib/product-request/photos). */
  photo: { content_base64: string; mime_type: string; width: number; height: number; size_bytes: number; sha256: string }
}

/** Stores a proposed piece's photo through Medusa's File module and records it as the cooperative's; the file goes if the record fails. */
export const uploadProductRequestPhotoWorkflow = createWorkflow("upload-product-request-photo", (input: UploadProductRequestPhotoInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [
        {
          // A public address: it names neither the cooperative nor the phone's original file.
          filename: `product-requests/${randomUUID()}.webp`,
          mimeType: input.photo.mime_type,
          content: input.photo.content_base64,
          access: "public" as const,
        },
      ],
    })),
  })
  const photo = recordPhotoStep(
    transform({ input, files }, ({ input, files }) => ({
      cooperative_id: input.cooperative_id,
      coordinator_id: input.coordinator_id,
      file_id: files[0].id,
      url: files[0].url,
      mime_type: input.photo.mime_type,
      width: input.photo.width,
      height: input.photo.height,
      size_bytes: input.photo.size_bytes,
      sha256: input.photo.sha256,
    }))
  )
  return new WorkflowResponse(photo)
})
