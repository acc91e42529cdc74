import { z } from "@medusajs/framework/zod"
import { normalizeCurrencyCode } from "../../modules/cooperative/service"

/** A three-letter ISO currency code in any case, stored lowercase. */
export const currencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "Use a three-letter ISO currency code such as MXN.")
  .transform(normalizeCurrencyCode)

/** Ids in one batch request (link, unlink, credit). */
export const idList = z.array(z.string().min(1)).max(500)

/** Names one staff action (an advance, a correction): sent again (a double click, a retry), it records nothing more. */
export const idempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/, "idempotency_key may contain letters, digits and _ . : - only.")
