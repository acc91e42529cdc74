import { COORDINATOR_PAYOUT_FIELDS } from "@telar/types"

export const coordinatorPayoutQueryConfig = {
  list: { defaults: [...COORDINATOR_PAYOUT_FIELDS], allowed: [...COORDINATOR_PAYOUT_FIELDS], isList: true },
}
