import { z } from "@medusajs/framework/zod"

export { AdminProductRequestListQuery } from "../../../lib/product-request/list-query"

/** A shopper's price: integer minor units (cents, centavos), above zero. */
const price = (currency: string) =>
  z
    .number({ error: `price_${currency} is the shopper's price in integer minor units (e.g. 12800 for 128.00 ${currency.toUpperCase()}).` })
    .int({ error: `price_${currency} must be whole minor units (cents/centavos), not a decimal amount.` })
    .min(1, { error: `price_${currency} must be above 0.` })
    .max(100_000_000, { error: `price_${currency} is over 1,000,000.00: check the number of zeros.` })

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional()

/** Approving: the shopper's prices, and English text for the English shop (the Spanish is the coordinator's). */
export const AdminApproveProductRequest = z
  .object({
    price_usd: price("usd"),
    price_mxn: price("mxn"),
    title_en: optionalText(120),
    description_en: optionalText(4000),
    material_en: optionalText(300),
    technique_en: optionalText(200),
    category_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()

/** Returning: what the coordinator should change, in words they will read on a phone. */
export const AdminReturnProductRequest = z
  .object({
    comment: z
      .string({ error: "Write the coordinator a comment: what should change." })
      .trim()
      .min(3, { error: "Write the coordinator a comment: what should change." })
      .max(2000, { error: "The comment is too long (2000 characters at most)." }),
  })
  .strict()

export type AdminApproveProductRequestType = z.infer<typeof AdminApproveProductRequest>
export type AdminReturnProductRequestType = z.infer<typeof AdminReturnProductRequest>
