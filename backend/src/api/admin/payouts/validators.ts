import { z } from "@medusajs/framework/zod"
import { payoutFilters, payoutPageParams } from "../../../lib/payout/batches-query"

export const AdminListPayouts = payoutPageParams(50)
  .extend({ ...payoutFilters, cooperative_id: z.string().trim().min(1).max(100).optional() })
  .strict()

export type AdminListPayoutsType = z.infer<typeof AdminListPayouts>

/** Banxico's "clave de rastreo": up to 30 letters and digits, as the bank's receipt (CEP) shows it. */
export const AdminMarkPayoutPaid = z
  .object({
    tracking_key: z
      .string({ error: "tracking_key is the bank's tracking key (clave de rastreo) of the transfer." })
      .trim()
      .regex(/^[A-Za-z0-9]{1,30}$/, "A tracking key (clave de rastreo) has 1 to 30 letters and digits: copy it from the bank's receipt."),
  })
  .strict()

export const AdminMarkPayoutFailed = z
  .object({
    reason: z
      .string({ error: "reason says why the payout failed, e.g. the bank's return message." })
      .trim()
      // Custom checks: Medusa replaces the messages of zod's own length checks with generic ones.
      .refine((reason) => reason.length >= 3, "Say why the payout failed, in a few words (the cooperative's statement shows it).")
      .refine((reason) => reason.length <= 500, "Keep the reason under 500 characters."),
  })
  .strict()
