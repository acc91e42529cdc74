import type { z } from "@medusajs/framework/zod"
import { payoutFilters, payoutPageParams } from "../../../lib/payout/batches-query"

/** The coordinator's own payouts: there is no cooperative to choose, and asking for one is refused. */
export const CoordinatorListPayouts = payoutPageParams(50).extend(payoutFilters).strict()

export type CoordinatorListPayoutsType = z.infer<typeof CoordinatorListPayouts>
