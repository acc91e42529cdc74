import { PAYOUT_BATCH_FIELDS } from "../../../lib/payout/batches-query"

export const adminPayoutBatchQueryConfig = {
  list: { defaults: PAYOUT_BATCH_FIELDS, allowed: PAYOUT_BATCH_FIELDS, isList: true },
  retrieve: { defaults: PAYOUT_BATCH_FIELDS, allowed: PAYOUT_BATCH_FIELDS, isList: false },
}
