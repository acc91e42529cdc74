import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { type ProductRequestReviewed, sendProductRequestMails } from "../lib/product-request/mails"
import { PRODUCT_REQUEST_APPROVED } from "../workflows/product-request/approve-product-request"
import { PRODUCT_REQUEST_RETURNED } from "../workflows/product-request/return-product-request"

/**
 * Staff approved a proposed piece, or sent it back with a comment: the coordinator hears it, in
 * their language. Idempotent (a key per request, revision and recipient): a replay sends nothing twice.
 */
export default async function productRequestMails({ event, container }: SubscriberArgs<ProductRequestReviewed>) {
  await sendProductRequestMails(container, event.data, event.name === PRODUCT_REQUEST_APPROVED ? "approved" : "returned")
}

export const config: SubscriberConfig = {
  event: [PRODUCT_REQUEST_APPROVED, PRODUCT_REQUEST_RETURNED],
  context: { subscriberId: "telar-product-request-mails" },
}
