import type { StockProblem } from "@/lib/util/stock"
import type { AddressInput } from "@/modules/common/lib/address"
import type { Speed } from "./shipping"

/** The checkout's sections, in the order the shopper meets them: each heading numbers itself from this. */
export const CHECKOUT_STEPS = ["email", "address", "shipping", "payment", "review"] as const

/** The steps the checkout can be on; the review opens from the payment step once it is filled in. */
export type Step = Exclude<(typeof CHECKOUT_STEPS)[number], "review">

export type Quote = {
  speed: Speed
  available: boolean
  amount: string
  parcels: Array<{ name: string; amount: string | null }>
}

export type SavedAddress = { id: string; label: string; address: AddressInput }

/** Everything the checkout's client side needs, already formatted on the server. */
export type CheckoutData = {
  locale: string
  signedIn: boolean
  /** The cart's email (set: the contact step is done). */
  email: string | null
  /** What to prefill the email field with (the cart's, else the signed-in customer's). */
  defaultEmail: string | null
  countries: Array<{ code: string; name: string }>
  shippingAddress: AddressInput | null
  billingAddress: AddressInput | null
  billingSame: boolean
  savedAddresses: SavedAddress[]
  /** The saved address the address step starts from when the cart has none yet. */
  suggestedAddressId: string | null
  /** The header's currency switch as it reads on screen, when the region ships to one country. */
  regionSwitch: { current: string; otherCurrency: string; otherCountry: string } | null
  /** null: the delivery options could not be loaded. */
  quotes: Quote[] | null
  speed: Speed | null
  parcels: number
  currency: string
  totalMinor: number
  total: string
  problems: StockProblem[]
  stripe: { publishableKey: string; scriptSrc: string; testMode: boolean }
  /** A message from the 3-D Secure return (already translated). */
  returnError: string | null
}

/** First step still to do, given what the cart already holds. */
export function firstIncomplete(done: Record<Exclude<Step, "payment">, boolean>): Step {
  if (!done.email) return "email"
  if (!done.address) return "address"
  if (!done.shipping) return "shipping"
  return "payment"
}
