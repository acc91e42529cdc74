import { z } from "@medusajs/framework/zod"
import { type ProductRequestMessages, productRequestMessages } from "../../../lib/product-request/messages"
import { MAX_PHOTOS_PER_REQUEST } from "../../../modules/product-request/service"

/** Text limits of a proposed piece (characters). */
export const REQUEST_TEXT_LIMITS = { title_es: 120, story_es: 2000, materials: 300, technique: 200 }
/** 100,000 pesos, in centavos: far above any piece, low enough to catch a slipped zero or two. */
export const MAX_PRODUCER_PRICE = 10_000_000
export const MAX_REQUEST_STOCK = 1000

const text = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong })

/** The piece's fields, with messages in the coordinator's language. */
function requestFields(t: ProductRequestMessages) {
  const price = t.priceInvalid({ max: MAX_PRODUCER_PRICE / 100 })
  const stock = t.stockInvalid({ max: MAX_REQUEST_STOCK })
  return {
    title_es: text(REQUEST_TEXT_LIMITS.title_es, t.titleMissing, t.titleTooLong({ max: REQUEST_TEXT_LIMITS.title_es })),
    story_es: text(REQUEST_TEXT_LIMITS.story_es, t.storyMissing, t.storyTooLong({ max: REQUEST_TEXT_LIMITS.story_es })),
    materials: text(REQUEST_TEXT_LIMITS.materials, t.materialsMissing, t.materialsTooLong({ max: REQUEST_TEXT_LIMITS.materials })),
    technique: text(REQUEST_TEXT_LIMITS.technique, t.techniqueMissing, t.techniqueTooLong({ max: REQUEST_TEXT_LIMITS.technique })),
    // Integer centavos: the portal turns the pesos typed into them.
    producer_price_amount: z
      .number({ error: price })
      .int({ error: price })
      .min(1, { error: price })
      .max(MAX_PRODUCER_PRICE, { error: price }),
    stock: z.number({ error: stock }).int({ error: stock }).min(0, { error: stock }).max(MAX_REQUEST_STOCK, { error: stock }),
    photo_ids: z
      .array(z.string({ error: t.photoUnknown }).min(1, { error: t.photoUnknown }).max(100, { error: t.photoUnknown }), {
        error: t.photosMissing,
      })
      .min(1, { error: t.photosMissing })
      .max(MAX_PHOTOS_PER_REQUEST, { error: t.tooManyPhotos({ max: MAX_PHOTOS_PER_REQUEST }) })
      .refine((ids) => new Set(ids).size === ids.length, { error: t.photoTwice }),
  }
}

export const CoordinatorSubmitProductRequest = (language: string) => {
  const t = productRequestMessages(language)
  return z
    .object({
      client_request_id: z.string({ error: t.requestIdInvalid }).regex(/^[A-Za-z0-9_.:-]{8,100}$/, { error: t.requestIdInvalid }),
      ...requestFields(t),
    })
    .strict()
}

export const CoordinatorResubmitProductRequest = (language: string) => {
  const t = productRequestMessages(language)
  return z
    .object({
      // The version the coordinator changed: a request reviewed again meanwhile is not overwritten.
      revision: z.number({ error: t.revisionMissing }).int({ error: t.revisionMissing }).min(1, { error: t.revisionMissing }),
      ...requestFields(t),
    })
    .strict()
}

export const CoordinatorUploadProductRequestPhoto = (language: string) => {
  const t = productRequestMessages(language)
  return z
    .object({
      /** The photo's bytes in base64 (a data: URL is accepted too). */
      content: z.string({ error: t.photoMissing }).min(1, { error: t.photoMissing }),
    })
    .strict()
}

export type CoordinatorSubmitProductRequestType = z.infer<ReturnType<typeof CoordinatorSubmitProductRequest>>
export type CoordinatorResubmitProductRequestType = z.infer<ReturnType<typeof CoordinatorResubmitProductRequest>>
export { ProductRequestListQuery } from "../../../lib/product-request/list-query"

export type CoordinatorUploadProductRequestPhotoType = z.infer<ReturnType<typeof CoordinatorUploadProductRequestPhoto>>
