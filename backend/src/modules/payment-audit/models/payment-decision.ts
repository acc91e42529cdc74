import { model } from "@medusajs/framework/utils"

/** Where a checkout decision was taken. */
export const PAYMENT_DECISION_SOURCES = ["store", "webhook", "job"] as const
/** What Telar did with a shopper's payment when a cart was (or could not be) turned into an order. */
export const PAYMENT_DECISION_OUTCOMES = ["order_placed", "hold_released", "payment_refunded", "release_failed"] as const

export type PaymentDecisionSource = (typeof PAYMENT_DECISION_SOURCES)[number]
export type PaymentDecisionOutcome = (typeof PAYMENT_DECISION_OUTCOMES)[number]

/**
 * Append-only record, for staff, of what happened to a paid cart outside the happy path: an order
 * placed by a webhook or the reconciliation job, a card hold cancelled, a payment refunded.
 */
export const PaymentDecision = model
  .define("payment_decision", {
    id: model.id({ prefix: "paydec" }).primaryKey(),
    cart_id: model.text(),
    payment_session_id: model.text().nullable(),
    payment_intent_id: model.text().nullable(),
    source: model.enum([...PAYMENT_DECISION_SOURCES]),
    outcome: model.enum([...PAYMENT_DECISION_OUTCOMES]),
    order_id: model.text().nullable(),
    /** Minor units of currency_code (what was held, released or refunded). */
    amount: model.number().nullable(),
    currency_code: model.text().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["cart_id"] }, { on: ["created_at"] }])
