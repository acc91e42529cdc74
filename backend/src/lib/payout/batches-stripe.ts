import type { PayoutRecord } from "../../modules/payout/payouts"
import { createStripeClient, type StripeClient } from "../../modules/stripe-payment/client"
import { stripeOptions } from "../../modules/stripe-payment/config"

/** Stripe's idempotency key of a payout's transfer: every attempt for one payout sends the same key. */
export const transferIdempotencyKey = (payoutId: string) => `telar-payout-${payoutId}`

/** sent: the transfer exists (now or from an earlier attempt); refused: Stripe said no, nothing was sent; unknown: no answer, try again. */
export type TransferAttempt =
  | { kind: "sent"; transfer_id: string }
  | { kind: "refused"; reason: string }
  | { kind: "unknown"; message: string }

type StripeError = { type?: string; statusCode?: number; code?: string; message?: string }

/** The client Telar's Stripe provider uses: real Stripe with STRIPE_API_KEY, else the local emulator. */
export function payoutStripeClient(): StripeClient {
  return createStripeClient(stripeOptions())
}

/**
 * A refusal Stripe made after reading the request (bad destination, no capability, no funds): no
 * transfer was made, so the payout failed. Anything else (no answer, 5xx, 409 for the same key in
 * flight, an idempotency mix-up, bad credentials) leaves the outcome unknown.
 */
function isRefusal(error: StripeError): boolean {
  const refusedType = error.type === "StripeInvalidRequestError" || error.type === "StripeCardError"
  return refusedType && [400, 402, 404].includes(error.statusCode ?? 0)
}

/**
 * Sends a payout's transfer at most once. A transfer of an earlier attempt is looked up by its
 * group (the payout id) first, which still finds it after Stripe forgets the idempotency key (24 h);
 * otherwise the transfer is created with the payout's idempotency key, so two attempts racing get one.
 */
export async function sendPayoutTransfer(stripe: StripeClient, payout: PayoutRecord): Promise<TransferAttempt> {
  try {
    const earlier = await stripe.transfers.list({ transfer_group: payout.id, limit: 1 })
    if (earlier.data[0]) return { kind: "sent", transfer_id: earlier.data[0].id }
    const transfer = await stripe.transfers.create(
      {
        amount: payout.amount,
        currency: payout.currency_code,
        destination: payout.stripe_account_id as string,
        transfer_group: payout.id,
        description: payout.reference,
        metadata: { payout_id: payout.id, batch_id: payout.batch_id, cooperative_id: payout.cooperative_id },
      },
      { idempotencyKey: transferIdempotencyKey(payout.id) }
    )
    return { kind: "sent", transfer_id: transfer.id }
  } catch (caught) {
    const error = caught as StripeError
    const detail = `${error.message ?? String(caught)}${error.code ? ` (${error.code})` : ""}`
    return isRefusal(error) ? { kind: "refused", reason: `Stripe refused the transfer: ${detail}` } : { kind: "unknown", message: detail }
  }
}
