import { z } from "@medusajs/framework/zod"

export const StoreSetShippingPlan = z.object({ speed: z.enum(["standard", "express"]) }).strict()
