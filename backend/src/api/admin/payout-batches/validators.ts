import { z } from "@medusajs/framework/zod"
import { payoutPageParams } from "../../../lib/payout/batches-query"
import { PAYOUT_METHODS } from "../../../modules/payout/models/payout"

export const AdminListPayoutBatches = payoutPageParams(20).strict()

export const AdminGetPayoutBatch = z.object({ fields: z.string().optional() }).strict()

const centavos = "amount is in centavos: a whole number above 0, e.g. 61250 for $612.50 (leave it out to pay the whole available balance)."

// Custom checks, not .int()/.min(): Medusa replaces the messages of zod's own size and type checks with generic ones.
const centavosAmount = z.custom<number>((value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0, centavos)

export const AdminCreatePayoutBatch = z
  .object({
    payouts: z
      .array(
        z
          .object({
            cooperative_id: z.string({ error: "Each payout names its cooperative_id." }).trim().min(1).max(100),
            amount: centavosAmount.optional(),
          })
          .strict(),
        { error: "payouts lists the cooperatives to pay: [{ cooperative_id, amount? }]." }
      )
      .refine((payouts) => payouts.length > 0, "A payout batch pays at least one cooperative.")
      .refine((payouts) => payouts.length <= 200, "A batch pays at most 200 cooperatives.")
      .refine(
        (payouts) => new Set(payouts.map((payout) => payout.cooperative_id)).size === payouts.length,
        "A cooperative is paid once per batch: it appears twice in payouts."
      ),
    method: z.enum(PAYOUT_METHODS, { error: `method must be one of ${PAYOUT_METHODS.join(", ")}` }).optional(),
    note: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
  })
  .strict()

export type AdminCreatePayoutBatchType = z.infer<typeof AdminCreatePayoutBatch>
