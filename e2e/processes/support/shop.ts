// One shop's moving parts for the process journeys: the Stripe emulator and shoppers paying.
import { createStripeEmulator } from "@telar/stripe-emulator"
import Stripe from "stripe"
import { checkoutDriver, waitFor } from "../../../backend/integration-tests/helpers/checkout"
import { apiClient, shopFixture } from "./medusa"

export const EMULATOR_API_KEY = "sk_test_telar_emulator"
export const EMULATOR_WEBHOOK_SECRET = "whsec_telar_emulator_secret"

export async function startStripe() {
  const emulator = await createStripeEmulator({ port: 0 })
  const stripe = new Stripe(EMULATOR_API_KEY, { host: emulator.host, port: emulator.port, protocol: "http" })
  return {
    emulator,
    stripe,
    webhooksTo(backendUrl: string) {
      emulator.setWebhook(`${backendUrl}/hooks/payment/stripe_stripe`, EMULATOR_WEBHOOK_SECRET)
    },
    intentStatus: async (id: string) => (await stripe.paymentIntents.retrieve(id)).status,
  }
}

/** A shopper-side driver bound to one server, plus the piece and order checks staff would make. */
export async function shoppersOn(backendUrl: string, stripe: Stripe) {
  const api = apiClient(backendUrl)
  const fixture = await shopFixture(api)
  const driver = checkoutDriver(api as any, fixture as any, stripe)
  const level = async (piece: { inventoryItemId: string; locationId: string }) => {
    const { data } = await api.get(`/admin/inventory-items/${piece.inventoryItemId}/location-levels`, fixture.admin)
    return data.inventory_levels.find((row: any) => row.location_id === piece.locationId)
  }
  return { api, fixture, level, ...driver }
}

export { waitFor }
