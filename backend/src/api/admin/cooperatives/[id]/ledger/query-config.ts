import { LEDGER_ENTRY_FIELDS } from "../../../../../lib/payout/ledger-query"

export const adminLedgerEntryQueryConfig = {
  list: { defaults: LEDGER_ENTRY_FIELDS, allowed: LEDGER_ENTRY_FIELDS, isList: true },
}
