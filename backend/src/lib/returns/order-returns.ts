import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOrderReturn, StoreOrderReturnsResponse, StoreReturnAddress } from "@telar/types"
import { returnablePieces } from "./request-plan"
import { loadReturnOrder } from "./return-order"
import { expectedRefunds, loadOrderReturnMoney, receivedByReturn } from "./settlements"
import { returnWindowDays } from "./window"

type LocationRow = { id: string; name?: string | null; address?: Record<string, string | null> | null }

/** The stock locations' names and addresses: where each return's parcel goes. */
export async function returnAddresses(container: MedusaContainer, locationIds: string[]): Promise<Map<string, StoreReturnAddress>> {
  const ids = [...new Set(locationIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name", "address.*"], filters: { id: ids } })
  return new Map(
    (data as unknown as LocationRow[]).map((location) => {
      const address = location.address ?? {}
      return [
        location.id,
        {
          name: location.name ?? "",
          address_1: address.address_1 ?? null,
          address_2: address.address_2 ?? null,
          city: address.city ?? null,
          province: address.province ?? null,
          postal_code: address.postal_code ?? null,
          country_code: address.country_code ?? null,
          phone: address.phone ?? null,
        },
      ]
    })
  )
}

/**
 * An order's returns as its shopper sees them: the pieces that may still go back (and until
 * when), and each return with where to send it, its pieces and its refund. Only the customer who
 * placed the order gets an answer (lib/returns/return-order.ts).
 */
export async function orderReturnsView(
  container: MedusaContainer,
  orderId: string,
  customerId: string,
  now = new Date()
): Promise<StoreOrderReturnsResponse> {
  const order = await loadReturnOrder(container, orderId, customerId)
  const money = await loadOrderReturnMoney(container, orderId)
  const days = returnWindowDays()
  const shown = money.returns.filter((ret) => ret.status !== "open")
  const addresses = await returnAddresses(
    container,
    shown.map((ret) => ret.location_id ?? "")
  )
  const lines = new Map(order.lines.map((line) => [line.id, line]))
  const cooperativeAt = new Map(
    order.lines.filter((line) => line.location_id).map((line) => [line.location_id as string, line.cooperative])
  )
  const expected = expectedRefunds(money)
  const received = await receivedByReturn(container, orderId)
  const receivedOf = (returnId: string, lineId: string, fallback: number) => received.get(returnId)?.[lineId] ?? fallback
  // Medusa leaves a return received in several parcels "partially received": read what arrived.
  const statusOf = (ret: (typeof shown)[number]): StoreOrderReturn["status"] =>
    ret.status === "partially_received" && ret.items.every((item) => receivedOf(ret.id, item.line_item_id, item.received) >= item.quantity)
      ? "received"
      : (ret.status as StoreOrderReturn["status"])
  const returns = shown
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
    .map(
      (ret): StoreOrderReturn => ({
        id: ret.id,
        status: statusOf(ret),
        requested_at: ret.requested_at ?? ret.created_at,
        received_at: ret.received_at,
        cooperative: (ret.location_id && cooperativeAt.get(ret.location_id)) || null,
        address: (ret.location_id && addresses.get(ret.location_id)) || null,
        items: ret.items.map((item) => ({
          line_item_id: item.line_item_id,
          title: lines.get(item.line_item_id)?.title ?? item.line_item_id,
          variant: lines.get(item.line_item_id)?.variant ?? null,
          quantity: item.quantity,
          received_quantity: receivedOf(ret.id, item.line_item_id, item.received),
          reason: item.reason,
        })),
        refund: {
          currency_code: money.currency_code,
          expected: expected.get(ret.id) ?? 0,
          refunded: money.refunds.filter((refund) => refund.return_id === ret.id).reduce((sum, refund) => sum + refund.amount, 0),
          settled_otherwise: ret.settlements.reduce((sum, settlement) => sum + settlement.settled_otherwise, 0),
        },
      })
    )
  const { unshipped, payment_settled } = order.blockers
  return {
    order_id: order.id,
    window_days: days,
    // While parcels wait to ship the card is still partly held by design: only they are worth saying.
    waiting: unshipped.length
      ? { unshipped, payment_unsettled: false }
      : payment_settled
        ? null
        : { unshipped: [], payment_unsettled: true },
    pieces: returnablePieces(order.lines, now, days, order.blockers),
    returns,
  }
}
