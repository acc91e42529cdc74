import { z } from "@medusajs/framework/zod"
import { currencyCode } from "../../utils/validators"

export const AdminCreateExchangeRate = z
  .object({
    from_currency: currencyCode.default("usd"),
    to_currency: currencyCode.default("mxn"),
    rate: z
      .union([z.number(), z.string()])
      .transform((value) => String(value))
      .refine((value) => /^\d+(\.\d{1,8})?$/.test(value) && Number(value) > 0, "The rate must be a positive number, e.g. 18.25."),
    note: z.string().max(500).optional(),
    confirm_jump: z.boolean().optional(),
  })
  .strict()
