export const PAYMENT_DECISION_FIELDS = [
  "id",
  "cart_id",
  "payment_session_id",
  "payment_intent_id",
  "source",
  "outcome",
  "order_id",
  "amount",
  "currency_code",
  "reason",
  "created_at",
]

export const adminPaymentDecisionQueryConfig = {
  list: { defaults: PAYMENT_DECISION_FIELDS, defaultLimit: 50, isList: true },
}
