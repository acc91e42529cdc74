import { COORDINATOR_LEDGER_ENTRY_FIELDS } from "../../../lib/payout/ledger-query"

export const coordinatorLedgerEntryQueryConfig = {
  list: { defaults: COORDINATOR_LEDGER_ENTRY_FIELDS, allowed: COORDINATOR_LEDGER_ENTRY_FIELDS, isList: true },
}
