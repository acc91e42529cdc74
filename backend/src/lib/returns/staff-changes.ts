import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReturnBlockers } from "./request-plan"
import { loadReturnOrder } from "./return-order"

/** What staff open on an order with Medusa's own admin routes. */
export type StaffOrderChange = "return" | "claim" | "exchange" | "edit"

const A_CHANGE: Record<StaffOrderChange, string> = { return: "a return", claim: "a claim", exchange: "an exchange", edit: "an order edit" }
const THE_CHANGE: Record<StaffOrderChange, string> = { return: "return", claim: "claim", exchange: "exchange", edit: "edit" }

/**
 * Why staff may not open a return, claim, exchange or order edit now, or null. Confirming one ends in Medusa's
 * create-or-update-order-payment-collection, which cancels a card payment Telar has only partly
 * captured whenever the order still owes money after the change (a partial capture leaves Medusa's
 * collection "authorized"): the hold on the parcels still to ship is released and they ship
 * unpaid. When the hold survives (the change is worth more than it), the refund on receipt meets
 * a card only partly charged. So these wait until the card payment is captured in full.
 */
export function staffChangeRefusal(blockers: ReturnBlockers, change: StaffOrderChange): string | null {
  if (blockers.payment_settled) return null
  const order = `order #${blockers.order_number}`
  if (blockers.unshipped.length) {
    return `Ship every parcel of ${order} before creating ${A_CHANGE[change]} (not shipped yet: ${blockers.unshipped.join(", ")}). Until then the card still holds their payment, and Medusa would cancel that hold when the ${THE_CHANGE[change]} is confirmed, so they would ship unpaid.${change === "edit" ? " To drop pieces that will never ship, cancel the order (its hold is released) and let the shopper order again." : ""}`
  }
  return `The card payment of ${order} is not fully captured yet: capture the rest of it in the order's Payments section before creating ${A_CHANGE[change]}. Medusa would otherwise cancel what the card still holds.`
}

/** Throws the refusal above, as a 400 staff can act on. */
export async function assertStaffMayChangeOrder(container: MedusaContainer, orderId: string, change: StaffOrderChange): Promise<void> {
  const { blockers } = await loadReturnOrder(container, orderId)
  const refusal = staffChangeRefusal(blockers, change)
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
}
