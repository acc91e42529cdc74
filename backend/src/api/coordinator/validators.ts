import { z } from "@medusajs/framework/zod"
import { MIN_PASSWORD_LENGTH } from "../../workflows/coordinator/steps/login"

export const CoordinatorAcceptInvite = z
  .object({
    token: z.string().min(20, "The invitation link is incomplete: open it again from the mail.").max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200, "The password is too long (200 characters at most)."),
  })
  .strict()

/** The id the portal gives each change it sends, so a replayed request changes nothing twice. */
export const ClientMutationId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/, "client_mutation_id may contain letters, digits and _ . : - only.")

export const CoordinatorStockChange = z
  .object({
    client_mutation_id: ClientMutationId,
    variant_id: z.string().min(1).max(100),
    stocked_quantity: z.number().int("Quantities are whole pieces.").min(0).max(100_000).optional(),
    delta: z
      .number()
      .int("Quantities are whole pieces.")
      .min(-100_000)
      .max(100_000)
      .refine((value) => value !== 0, "A change of 0 changes nothing.")
      .optional(),
    expected_stocked_quantity: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
  .refine((change) => (change.stocked_quantity === undefined) !== (change.delta === undefined), {
    message: "Give either stocked_quantity (the new count) or delta (how many were added or removed), not both.",
  })

export const CoordinatorInventoryBatch = z
  .object({
    source: z.enum(["portal", "offline_sync"]).default("portal"),
    changes: z.array(CoordinatorStockChange).min(1, "Send at least one change.").max(100, "At most 100 changes per request."),
  })
  .strict()
  .refine((batch) => new Set(batch.changes.map((change) => change.client_mutation_id)).size === batch.changes.length, {
    message: "Each change needs its own client_mutation_id.",
  })

export type CoordinatorAcceptInviteType = z.infer<typeof CoordinatorAcceptInvite>
export type CoordinatorInventoryBatchType = z.infer<typeof CoordinatorInventoryBatch>
