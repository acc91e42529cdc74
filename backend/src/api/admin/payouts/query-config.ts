import { ADMIN_PAYOUT_FIELDS } from "../../../lib/payout/batches-query"

export const adminPayoutQueryConfig = {
  list: { defaults: ADMIN_PAYOUT_FIELDS, allowed: ADMIN_PAYOUT_FIELDS, isList: true },
}
