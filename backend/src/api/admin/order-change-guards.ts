import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { IOrderModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { assertStaffMayChangeOrder, type StaffOrderChange } from "../../lib/returns/staff-changes"

type OrderOf = (req: MedusaRequest) => Promise<string | null>

const orders = (req: MedusaRequest) => req.scope.resolve<IOrderModuleService>(Modules.ORDER)

// Medusa's own validator answers a body without an order.
const fromBody: OrderOf = async (req) => {
  const orderId = (req.body as { order_id?: unknown } | undefined)?.order_id
  return typeof orderId === "string" && orderId ? orderId : null
}
// Order edits are addressed by the order's own id.
const ofOrder: OrderOf = async (req) => req.params.id ?? null
const ofReturn: OrderOf = async (req) => (await orders(req).retrieveReturn(req.params.id, { select: ["order_id"] })).order_id
const ofClaim: OrderOf = async (req) => (await orders(req).retrieveOrderClaim(req.params.id, { select: ["order_id"] })).order_id
const ofExchange: OrderOf = async (req) => (await orders(req).retrieveOrderExchange(req.params.id, { select: ["order_id"] })).order_id

/** Refuses the change before Medusa's route writes anything (lib/returns/staff-changes.ts). */
function guard(change: StaffOrderChange, orderOf: OrderOf) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const orderId = await orderOf(req)
    if (orderId) await assertStaffMayChangeOrder(req.scope, orderId, change)
    next()
  }
}

/**
 * Medusa's admin routes that open a return, claim, exchange or order edit, and those that confirm one (where
 * Medusa touches the card payment: a draft begun elsewhere is caught there).
 */
export const adminOrderChangeGuards: MiddlewareRoute[] = [
  { matcher: "/admin/returns", methods: ["POST"], middlewares: [guard("return", fromBody)] },
  { matcher: "/admin/returns/:id/request", methods: ["POST"], middlewares: [guard("return", ofReturn)] },
  { matcher: "/admin/claims", methods: ["POST"], middlewares: [guard("claim", fromBody)] },
  { matcher: "/admin/claims/:id/request", methods: ["POST"], middlewares: [guard("claim", ofClaim)] },
  { matcher: "/admin/exchanges", methods: ["POST"], middlewares: [guard("exchange", fromBody)] },
  { matcher: "/admin/exchanges/:id/request", methods: ["POST"], middlewares: [guard("exchange", ofExchange)] },
  { matcher: "/admin/order-edits", methods: ["POST"], middlewares: [guard("edit", fromBody)] },
  { matcher: "/admin/order-edits/:id/request", methods: ["POST"], middlewares: [guard("edit", ofOrder)] },
  { matcher: "/admin/order-edits/:id/confirm", methods: ["POST"], middlewares: [guard("edit", ofOrder)] },
]
