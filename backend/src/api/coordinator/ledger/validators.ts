import { LedgerListQuery } from "../../../lib/payout/ledger-query"

export const CoordinatorListLedgerEntries = LedgerListQuery
