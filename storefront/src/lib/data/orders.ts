"use server"

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StoreOrderCooperativeEarning, StoreOrderCooperativeEarnings } from "@telar/types"
import type { OrderParcel } from "@/lib/util/order-shipping"
import { isSpeed } from "@/modules/checkout/lib/shipping"
import { describeError, getAuthToken, getLastOrderId, storeFetch } from "./cookies"

export type StoreOrder = HttpTypes.StoreOrder

const isOrderId = (id: unknown): id is string => typeof id === "string" && /^order_[A-Za-z0-9]+$/.test(id)

const ORDER_FIELDS =
  "*items,*items.variant,+items.product_id,+items.variant.options.id,+items.variant.options.value,+items.variant.options.option_id,+items.product.options.id,+items.product.options.title,*shipping_methods,*shipping_address,*billing_address,+customer_id,+email"

/** The signed-in customer's orders, newest first. */
export async function listOrders(limit = 20, offset = 0): Promise<{ orders: StoreOrder[]; count: number } | null> {
  if (!(await getAuthToken())) return null
  try {
    const { orders, count } = await storeFetch<{ orders: StoreOrder[]; count: number }>("/store/orders", {
      query: {
        limit: Math.min(Math.max(1, Math.floor(limit)), 50),
        offset: Math.max(0, Math.floor(offset)),
        order: "-created_at",
        fields: "id,display_id,status,created_at,total,currency_code,fulfillment_status,payment_status,*items",
      },
    })
    return { orders, count }
  } catch (error) {
    const { status, message } = describeError(error)
    if (status !== 401) console.error(`[telar orders] list: ${status} ${message}`)
    return null
  }
}

/**
 * One order, if this visitor may see it: the signed-in customer's own order, or the order this
 * browser has just placed (guest checkout). Order ids are unguessable, but we still do not show
 * a stranger's order because someone pasted its link.
 */
export async function retrieveOrder(id: string): Promise<StoreOrder | null> {
  if (!isOrderId(id)) return null
  const [token, lastOrder] = await Promise.all([getAuthToken(), getLastOrderId()])
  if (!token && lastOrder !== id) return null
  try {
    const { order } = await storeFetch<{ order: StoreOrder }>(`/store/orders/${id}`, { query: { fields: ORDER_FIELDS } })
    if (lastOrder === id) return order
    if (token) {
      const { customer } = await storeFetch<{ customer: { id: string } }>("/store/customers/me", { query: { fields: "id" } })
      if (order.customer_id && order.customer_id === customer.id) return order
    }
    return null
  } catch (error) {
    const { status, message } = describeError(error)
    if (status !== 404 && status !== 401) console.error(`[telar orders] retrieve: ${status} ${message}`)
    return null
  }
}

/**
 * Which cooperative ships each shipping method of an order the visitor may see (pass an order
 * `retrieveOrder` returned), and at which speed; empty when the backend cannot say.
 */
export async function listOrderParcels(orderId: string): Promise<OrderParcel[]> {
  if (!isOrderId(orderId)) return []
  try {
    const { parcels } = await storeFetch<{ parcels: OrderParcel[] }>(`/store/orders/${orderId}/parcels`, { auth: false })
    return (parcels ?? []).map((parcel) => ({ ...parcel, speed: isSpeed(parcel.speed) ? parcel.speed : null }))
  } catch (error) {
    const { status, message } = describeError(error)
    console.error(`[telar orders] parcels: ${status} ${message}`)
    return []
  }
}

const isMinor = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value)

/**
 * What each cooperative earned from an order the visitor may see (pass an order `retrieveOrder`
 * returned), in centavos, with the signed-in customer's token: the backend answers a registered
 * customer's order only to them. Empty until the earnings are written (just after the order is
 * placed, so a confirmation may come first) or when the backend cannot say.
 */
export async function listOrderCooperativeEarnings(orderId: string): Promise<StoreOrderCooperativeEarning[]> {
  if (!isOrderId(orderId)) return []
  try {
    const { cooperative_earnings } = await storeFetch<StoreOrderCooperativeEarnings>(`/store/orders/${orderId}/cooperative-earnings`)
    return (cooperative_earnings ?? [])
      .filter((earning) => typeof earning?.cooperative?.name === "string" && isMinor(earning.amount) && earning.currency_code === "mxn")
      .map((earning) => {
        const converted = earning.order_currency_amount
        return { ...earning, order_currency_amount: converted && isMinor(converted.amount) && converted.currency_code ? converted : null }
      })
  } catch (error) {
    const { status, message } = describeError(error)
    if (status !== 404) console.error(`[telar orders] cooperative earnings: ${status} ${message}`)
    return []
  }
}
