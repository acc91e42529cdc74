import { z } from "@medusajs/framework/zod"
import { currencyCode } from "../../utils/validators"

export const StoreExchangeRateQuery = z.object({ from: currencyCode.default("usd"), to: currencyCode.default("mxn") }).strict()

export type StoreExchangeRateQueryType = z.infer<typeof StoreExchangeRateQuery>
