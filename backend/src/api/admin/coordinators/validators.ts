import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { COORDINATOR_LANGUAGES } from "../../../modules/cooperative/models/coordinator"

export const AdminInviteCoordinator = z
  .object({
    name: z.string().trim().min(1, "Give the coordinator's name.").max(200),
    email: z.string().trim().max(320).email("Give a valid email address: the invitation is sent there."),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ()-]{7,}$/, "Write the phone number with digits, e.g. +52 967 123 4567.")
      .nullish(),
    preferred_language: z.enum(COORDINATOR_LANGUAGES).default("es"),
  })
  .strict()

export const AdminListStockChanges = createFindParams({ limit: 50, offset: 0 }).extend({
  variant_id: z.string().max(100).optional(),
  outcome: z.enum(["applied", "refused", "conflict"]).optional(),
})

export type AdminInviteCoordinatorType = z.infer<typeof AdminInviteCoordinator>
