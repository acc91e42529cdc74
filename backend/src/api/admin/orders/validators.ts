import { z } from "@medusajs/framework/zod"

export const AdminFulfillCooperativeParcel = z
  .object({
    cooperative_id: z.string().min(1, "Say which cooperative's parcel to fulfill (cooperative_id).").max(100),
  })
  .strict()

export type AdminFulfillCooperativeParcelType = z.infer<typeof AdminFulfillCooperativeParcel>
