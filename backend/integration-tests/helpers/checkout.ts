import type { StoreFixture } from "./fixtures"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }>
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` until it returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 60_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(250)
  }
}

/** Shopper-side checkout steps through the store API, as the storefront does them. */
export function checkoutDriver(api: Api, fixture: StoreFixture, stripe: any) {
  const { admin, store } = fixture

  async function createPiece(cooperativeId: string, handle: string, stock: number, usd: number) {
    const { data } = await api.post(
      "/admin/products",
      {
        title: handle,
        handle,
        status: "published",
        shipping_profile_id: fixture.shippingProfileId,
        sales_channels: [{ id: fixture.salesChannelId }],
        options: [{ title: "Default", values: ["Default"] }],
        variants: [
          {
            title: "Default",
            sku: handle.toUpperCase(),
            manage_inventory: true,
            options: { Default: "Default" },
            prices: [
              { amount: usd, currency_code: "usd" },
              { amount: usd * 18, currency_code: "mxn" },
            ],
          },
        ],
      },
      admin
    )
    await api.post(`/admin/cooperatives/${cooperativeId}/products`, { add: [data.product.id] }, admin)
    const { data: coop } = await api.get(`/admin/cooperatives/${cooperativeId}`, admin)
    const { data: variant } = await api.get(
      `/admin/products/${data.product.id}/variants/${data.product.variants[0].id}?fields=inventory_items.inventory_item_id`,
      admin
    )
    const inventoryItemId = variant.variant.inventory_items[0].inventory_item_id
    const locationId = coop.cooperative.stock_location.id
    await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels`, { location_id: locationId, stocked_quantity: stock }, admin)
    return { productId: data.product.id as string, variantId: data.product.variants[0].id as string, inventoryItemId, locationId }
  }

  let shoppers = 0
  /** One shopper's cart (each with its own email: shoppers racing for a piece are different people). */
  async function cartWith(lines: [string, number][], email = `shopper-${Date.now()}-${++shoppers}@example.org`) {
    const { data } = await api.post("/store/carts", { region_id: fixture.usdRegionId }, store)
    const cartId = data.cart.id as string
    for (const [variantId, quantity] of lines) {
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, store)
    }
    await api.post(
      `/store/carts/${cartId}`,
      {
        email,
        shipping_address: {
          first_name: "Ana",
          last_name: "López",
          address_1: "100 Main St",
          city: "Austin",
          province: "TX",
          postal_code: "78701",
          country_code: "us",
        },
      },
      store
    )
    return cartId
  }

  /** Payment session + what Stripe.js confirmPayment does in the shopper's browser. */
  async function payWith(cartId: string, paymentMethod = "pm_card_visa") {
    await api.post(`/store/carts/${cartId}/shipping-plan`, { speed: "standard" }, store)
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    const { data } = await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_stripe_stripe" },
      store
    )
    const intentId = data.payment_collection.payment_sessions[0].data.id as string
    const confirmed = await stripe.paymentIntents
      .confirm(intentId, { payment_method: paymentMethod, return_url: "http://localhost:8000/en/checkout" })
      .catch((error: any) => ({ error }))
    return { intentId, confirmed }
  }

  async function complete(cartId: string) {
    return api.post(`/store/carts/${cartId}/complete`, {}, store).then(
      (response) => ({ status: response.status, ...response.data }),
      (error: any) => ({ status: error.response?.status, ...(error.response?.data ?? {}) })
    )
  }

  /** Live orders holding `variantId`, counted through the admin API. */
  async function ordersHolding(variantId: string) {
    const { data } = await api.get(`/admin/orders?fields=id,status,payment_status,items.variant_id&limit=500`, admin)
    return (data.orders as any[]).filter(
      (order) => order.status !== "canceled" && order.items.some((item: any) => item.variant_id === variantId)
    )
  }

  async function orderOfCart(cartId: string) {
    const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, store).catch(() => ({ data: null as any }))
    return data?.cart?.completed_at ? cartId : null
  }

  return { createPiece, cartWith, payWith, complete, ordersHolding, orderOfCart }
}
