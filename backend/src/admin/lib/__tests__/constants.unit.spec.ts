import { CHIAPAS_REGIONS, COOPERATIVE_STATUSES } from "../../../modules/cooperative/models/cooperative"
import { COORDINATOR_LANGUAGES } from "../../../modules/cooperative/models/coordinator"
import { PAYOUT_METHODS } from "../../../modules/cooperative/models/payout-account"
import { STOCK_CHANGE_OUTCOMES, STOCK_CHANGE_SOURCES } from "../../../modules/cooperative/models/stock-change"
import { LEDGER_ENTRY_TYPES } from "../../../modules/payout/models/ledger-entry"
import { STOCK_OUTCOME_LABELS, STOCK_SOURCE_LABELS } from "../activity"
import * as admin from "../constants"

// The admin bundle cannot import the module's model files; these keep its copies honest.
describe("admin constants mirror the modules' own lists", () => {
  it("has the same regions, statuses, payout methods, languages and ledger entry types", () => {
    expect(admin.CHIAPAS_REGIONS).toEqual(CHIAPAS_REGIONS)
    expect(admin.COOPERATIVE_STATUSES).toEqual(COOPERATIVE_STATUSES)
    expect(admin.PAYOUT_METHODS).toEqual(PAYOUT_METHODS)
    expect(admin.COORDINATOR_LANGUAGES).toEqual(COORDINATOR_LANGUAGES)
    expect(admin.LEDGER_ENTRY_TYPES).toEqual(LEDGER_ENTRY_TYPES)
  })

  it("labels every status, method, language, ledger entry type, stock source and outcome", () => {
    expect(Object.keys(admin.STATUS_LABELS).sort()).toEqual([...COOPERATIVE_STATUSES].sort())
    expect(Object.keys(admin.PAYOUT_METHOD_LABELS).sort()).toEqual([...PAYOUT_METHODS].sort())
    expect(Object.keys(admin.LANGUAGE_LABELS).sort()).toEqual([...COORDINATOR_LANGUAGES].sort())
    expect(Object.keys(admin.LEDGER_ENTRY_LABELS).sort()).toEqual([...LEDGER_ENTRY_TYPES].sort())
    expect(Object.keys(STOCK_SOURCE_LABELS).sort()).toEqual([...STOCK_CHANGE_SOURCES].sort())
    expect(Object.keys(STOCK_OUTCOME_LABELS).sort()).toEqual([...STOCK_CHANGE_OUTCOMES].sort())
  })
})
