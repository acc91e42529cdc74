/** Stripe's documented test cards and magic `pm_card_*` payment methods. */
import type { CardBehavior } from "./types"

export interface TestCard extends CardBehavior {
  paymentMethod: string
  number: string
  brand: string
  funding: "credit" | "debit"
  country: string
}

const DECLINED = "Your card was declined."

export const TEST_CARDS: TestCard[] = [
  { paymentMethod: "pm_card_visa", number: "4242424242424242", brand: "visa", funding: "credit", country: "US", outcome: "succeed" },
  { paymentMethod: "pm_card_visa_debit", number: "4000056655665556", brand: "visa", funding: "debit", country: "US", outcome: "succeed" },
  {
    paymentMethod: "pm_card_mastercard",
    number: "5555555555554444",
    brand: "mastercard",
    funding: "credit",
    country: "US",
    outcome: "succeed",
  },
  { paymentMethod: "pm_card_amex", number: "378282246310005", brand: "amex", funding: "credit", country: "US", outcome: "succeed" },
  { paymentMethod: "pm_card_mx", number: "4000004840008001", brand: "visa", funding: "credit", country: "MX", outcome: "succeed" },
  {
    paymentMethod: "pm_card_chargeDeclined",
    number: "4000000000000002",
    brand: "visa",
    funding: "credit",
    country: "US",
    outcome: "decline",
    code: "card_declined",
    declineCode: "generic_decline",
    message: DECLINED,
  },
  {
    paymentMethod: "pm_card_chargeDeclinedInsufficientFunds",
    number: "4000000000009995",
    brand: "visa",
    funding: "credit",
    country: "US",
    outcome: "decline",
    code: "card_declined",
    declineCode: "insufficient_funds",
    message: "Your card has insufficient funds.",
  },
  {
    paymentMethod: "pm_card_chargeDeclinedLostCard",
    number: "4000000000009987",
    brand: "visa",
    funding: "credit",
    country: "US",
    outcome: "decline",
    code: "card_declined",
    declineCode: "lost_card",
    message: DECLINED,
  },
  {
    paymentMethod: "pm_card_chargeDeclinedExpiredCard",
    number: "4000000000000069",
    brand: "visa",
    funding: "credit",
    country: "US",
    outcome: "decline",
    code: "expired_card",
    declineCode: "expired_card",
    message: "Your card has expired.",
  },
  {
    paymentMethod: "pm_card_chargeDeclinedIncorrectCvc",
    number: "4000000000000127",
    brand: "visa",
    funding: "credit",
    country: "US",
    outcome: "decline",
    code: "incorrect_cvc",
    declineCode: "incorrect_cvc",
    message: "Your card's security code is incorrect.",
  },
  {
    paymentMethod: "pm_card_chargeDeclinedProcessingError",
    number: "4000000000000119",
    brand: "visa",
    funding: "credit",
    country: "US",
    outcome: "decline",
    code: "processing_error",
    declineCode: "processing_error",
    message: "An error occurred while processing your card. Try again in a little bit.",
  },
  {
    paymentMethod: "pm_card_authenticationRequired",
    number: "4000002760003184",
    brand: "visa",
    funding: "credit",
    country: "DE",
    outcome: "authenticate",
  },
  {
    paymentMethod: "pm_card_threeDSecure2Required",
    number: "4000000000003220",
    brand: "visa",
    funding: "credit",
    country: "US",
    outcome: "authenticate",
  },
]

/** Any Luhn-valid number that is not a test card behaves like a live card used in test mode. */
export const LIVE_CARD_IN_TEST_MODE: CardBehavior = {
  outcome: "decline",
  code: "card_declined",
  declineCode: "test_mode_live_card",
  message:
    "Your card was declined. Your request was in test mode, but used a non test (live) card. " +
    "For a list of valid test cards, visit: https://stripe.com/docs/testing.",
}

export function findTestCardByPaymentMethod(id: string): TestCard | undefined {
  return TEST_CARDS.find((c) => c.paymentMethod === id)
}

export function findTestCardByNumber(number: string): TestCard | undefined {
  return TEST_CARDS.find((c) => c.number === number)
}

export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false
  let sum = 0
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

export function detectBrand(number: string): string {
  if (/^4/.test(number)) return "visa"
  if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard"
  if (/^3[47]/.test(number)) return "amex"
  if (/^6(011|5)/.test(number)) return "discover"
  if (/^35/.test(number)) return "jcb"
  if (/^3(0[0-5]|[68])/.test(number)) return "diners"
  return "unknown"
}
