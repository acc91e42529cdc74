// Reads what the stack's Stripe emulator holds, with the key the backend uses in emulator mode.
const STRIPE = process.env.E2E_STRIPE_URL || "http://localhost:12111"
const KEY = "sk_test_telar_emulator"

export async function stripeGet<T = any>(path: string): Promise<T> {
  const response = await fetch(`${STRIPE}${path}`, { headers: { authorization: `Bearer ${KEY}` } })
  const body = await response.json()
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}: ${JSON.stringify(body)}`)
  return body as T
}
