import { z } from "@medusajs/framework/zod"
import { toMinor } from "@telar/fair-trade"
import { LEDGER_CURRENCY } from "../../../../../modules/payout/service"
import { idempotencyKey } from "../../../../utils/validators"
import { moneyAmount } from "../../validators"
import { MAX_ADVANCE_PESOS } from "../advances/validators"

/**
 * POST /admin/cooperatives/:id/adjustments: a correction of what the network owes the cooperative,
 * in pesos as staff write it ("120.50"); `direction` says which way; why is required.
 */
export const AdminCreateAdjustment = z
  .object({
    direction: z.enum(["owed_more", "owed_less"], {
      error: 'Say which way the correction goes: "owed_more" (the network owes the cooperative more) or "owed_less".',
    }),
    amount: moneyAmount.transform((value, ctx) => {
      const centavos = toMinor(value, LEDGER_CURRENCY)
      if (centavos <= 0 || centavos > MAX_ADVANCE_PESOS * 100) {
        ctx.addIssue({
          code: "custom",
          message: `A correction is more than 0 and at most ${MAX_ADVANCE_PESOS.toLocaleString("en")} pesos.`,
        })
        return z.NEVER
      }
      return centavos
    }),
    note: z.string().trim().min(3, { message: "Say why, e.g. the producer price agreed after the sale." }).max(500),
    order_id: z.string().trim().min(1).max(100).optional(),
    idempotency_key: idempotencyKey.optional(),
  })
  .strict()

export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
