import { z } from "@medusajs/framework/zod"
import { isReturnReason, RETURN_REASONS, type ReturnReasonCode } from "@telar/types"

/** POST /store/orders/:id/returns: which pieces go back, how many of each, and why. */
export const StoreRequestReturn = z
  .object({
    items: z
      .array(
        z
          .object({
            line_item_id: z.string({ error: "line_item_id names a piece of the order." }).trim().min(1).max(100),
            // Refinements, not .int() or z.enum: Medusa words their failures inside arrays as "is required".
            quantity: z
              .number({ error: "quantity is a whole number of units." })
              .refine(
                (value) => Number.isInteger(value) && value >= 1 && value <= 1000,
                "quantity is a whole number of units, from 1 to 1000."
              ),
            reason: z
              .string({ error: `reason is one of: ${RETURN_REASONS.join(", ")}.` })
              .refine(isReturnReason, `reason is one of: ${RETURN_REASONS.join(", ")}.`)
              .transform((reason) => reason as ReturnReasonCode),
            note: z.string({ error: "note is text." }).trim().max(500, "note has at most 500 characters.").optional(),
          })
          .strict()
      )
      .min(1, "Choose at least one piece to return.")
      .max(100, "A return lists at most 100 pieces."),
  })
  .strict()

export type StoreRequestReturnType = z.infer<typeof StoreRequestReturn>
