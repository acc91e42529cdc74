/** Emitted once a payout is marked paid (workflows/payout/mark-payout-paid, send-payout-transfers): the shop's paid figures moved. */
export const PAYOUT_PAID_EVENT = "telar.payout.paid"

export type PayoutPaidEvent = { id: string }
