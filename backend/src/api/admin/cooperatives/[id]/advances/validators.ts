import { z } from "@medusajs/framework/zod"
import { toMinor } from "@telar/fair-trade"
import { LEDGER_CURRENCY } from "../../../../../modules/payout/service"
import { currencyCode, idempotencyKey } from "../../../../utils/validators"
import { moneyAmount } from "../../validators"

/** The largest advance the form takes, in pesos: anything above is surely a typo of the amount. */
export const MAX_ADVANCE_PESOS = 5_000_000

/**
 * POST /admin/cooperatives/:id/advances: the amount in pesos as staff write it ("2500.00"),
 * turned into integer centavos here; why it is paid; the order it is for, if any.
 */
export const AdminCreateAdvance = z
  .object({
    amount: moneyAmount.transform((value, ctx) => {
      const centavos = toMinor(value, LEDGER_CURRENCY)
      if (centavos <= 0 || centavos > MAX_ADVANCE_PESOS * 100) {
        ctx.addIssue({ code: "custom", message: `An advance is more than 0 and at most ${MAX_ADVANCE_PESOS.toLocaleString("en")} pesos.` })
        return z.NEVER
      }
      return centavos
    }),
    currency_code: currencyCode
      .refine((code) => code === LEDGER_CURRENCY, { message: "Advances are paid in MXN, the cooperatives' payout currency." })
      .default(LEDGER_CURRENCY),
    note: z.string().trim().min(3, { message: "Say what the advance is for, e.g. half of the commissioned huipiles." }).max(500),
    order_id: z.string().trim().min(1).max(100).optional(),
    idempotency_key: idempotencyKey.optional(),
  })
  .strict()

export type AdminCreateAdvanceType = z.infer<typeof AdminCreateAdvance>
