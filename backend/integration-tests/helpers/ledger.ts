import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"

/** The payout ledger as specs read it: the module, an order's entries, a cooperative's balance. */
export function ledgerReader(getContainer: () => MedusaContainer) {
  const ledger = () => getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)
  return {
    ledger,
    entriesOf: async (orderId: string) => (await ledger().listEntries({ order_id: orderId }, { take: null }))[0],
    balanceOf: async (cooperativeId: string) => (await ledger().balance(cooperativeId)).amount,
  }
}
