import { LedgerListQuery } from "../../../../../lib/payout/ledger-query"

export const AdminListLedgerEntries = LedgerListQuery
