import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { choicesText } from "@telar/types"
import { loadParcelOrder } from "../fulfillment/cooperative-parcels"
import { orderPayment } from "../fulfillment/parcel-payment"
import type { ReturnBlockers, ReturnLine } from "./request-plan"

/** An order as its shopper's returns see it. */
export type ReturnOrder = {
  id: string
  display_id: number | null
  customer_id: string | null
  email: string | null
  /** The first name on the shipping address, to greet the shopper. */
  customer_name: string | null
  locale: string | null
  currency_code: string
  status: string
  lines: ReturnLine[]
  blockers: ReturnBlockers
}

type DetailRow = {
  id: string
  thumbnail?: string | null
  detail?: {
    return_requested_quantity?: unknown
    return_received_quantity?: unknown
    return_dismissed_quantity?: unknown
  } | null
}

const units = (value: unknown) => {
  const number = Number(typeof value === "object" && value !== null && "value" in value ? (value as { value: unknown }).value : value)
  return Number.isFinite(number) && number > 0 ? Math.floor(number) : 0
}

/**
 * The order's lines with what a return needs: the cooperative and stock location each piece goes
 * back to (the parcel it shipped in, lib/fulfillment), units shipped and already in returns, and
 * when the parcel shipped. With `customerId`, only that customer's order: another's answers the
 * same 404 as an order that does not exist.
 */
export async function loadReturnOrder(container: MedusaContainer, orderId: string, customerId?: string): Promise<ReturnOrder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "items.id",
      "items.thumbnail",
      "items.detail.return_requested_quantity",
      "items.detail.return_received_quantity",
      "items.detail.return_dismissed_quantity",
    ],
    filters: { id: orderId },
  })
  const row = data[0] as unknown as { id: string; customer_id?: string | null; items?: (DetailRow | null)[] } | undefined
  if (!row || (customerId !== undefined && (!customerId || row.customer_id !== customerId))) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order "${orderId}" was not found${customerId === undefined ? "" : " in your account"}.`
    )
  }
  const details = new Map((row.items ?? []).filter((item): item is DetailRow => !!item).map((item) => [item.id, item]))
  const order = await loadParcelOrder(container, orderId)
  const unshipped = order.parcels.filter((parcel) => !parcel.shipped)
  // The window counts from the order's last shipment, once there is no parcel left to ship.
  const lastShipped = unshipped.length
    ? null
    : (order.parcels
        .flatMap((parcel) => parcel.fulfillments.map((fulfillment) => fulfillment.shipped_at))
        .filter((at): at is string => !!at)
        .sort()
        .pop() ?? null)
  const payment = await orderPayment(container, orderId)
  const lines = order.parcels.flatMap((parcel) =>
    parcel.items.map((item): ReturnLine => {
      const detail = details.get(item.id)?.detail
      return {
        id: item.id,
        title: item.title,
        variant: choicesText(item.options),
        thumbnail: details.get(item.id)?.thumbnail ?? null,
        quantity: item.quantity,
        shipped: item.shipped_quantity,
        in_returns:
          units(detail?.return_requested_quantity) + units(detail?.return_received_quantity) + units(detail?.return_dismissed_quantity),
        cooperative: parcel.cooperative,
        location_id: parcel.location_id,
        shipped_at: lastShipped,
      }
    })
  )
  return {
    id: order.id,
    display_id: order.display_id,
    customer_id: row.customer_id ?? null,
    email: order.email,
    customer_name: order.ship_to?.first_name ?? null,
    locale: order.locale,
    currency_code: order.currency_code,
    status: order.status,
    lines,
    blockers: {
      order_number: String(order.display_id ?? order.id),
      unshipped: unshipped.map((parcel) => parcel.cooperative?.name ?? "—"),
      // An order without a card payment has nothing held that a return could cancel.
      payment_settled: !payment || payment.fully_captured,
    },
  }
}
