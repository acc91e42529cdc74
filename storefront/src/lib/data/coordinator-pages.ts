import "server-only"
import type {
  CoordinatorLedgerPage,
  CoordinatorOrderList,
  CoordinatorPayout,
  CoordinatorProfile,
  ProductRequest,
  ShelfProduct,
} from "@telar/types"
import { type Locale, MEDUSA_LOCALE } from "@/i18n/routing"
import { sdk } from "./client"
import { describeError } from "./cookies"

/**
 * What the coordinators' portal's pages load (modules/coordinator/server/pages), with the
 * coordinator's login and the page's language handed in rather than read from the request: the
 * page's route handler knows both. Every call is uncached and carries the coordinator's own token,
 * never a shopper's.
 */

/** The coordinator's login lives in its own httpOnly cookie: never the shopper's (set by ./coordinator). */
export const COORDINATOR_COOKIE = "_telar_coordinator"
/** What became of a stepper's tap posted as a form, kept only for the shelf page that follows it (./coordinator). */
export const SHELF_NOTICE_COOKIE = "_telar_shelf_notice"

/** Who asks: the coordinator's login (the cookie's value), and the page's language for product texts. */
export type CoordinatorSession = { token?: string; locale?: string }

type Init = { method?: "GET" | "POST"; body?: unknown; query?: Record<string, unknown> }

/** A call to the backend's /coordinator API as this coordinator; without a login it fails as the backend would (401). */
export async function coordinatorRequest<T>(session: CoordinatorSession, path: string, init: Init = {}): Promise<T> {
  if (!session.token) throw Object.assign(new Error("not logged in"), { status: 401 })
  const medusaLocale = session.locale ? MEDUSA_LOCALE[session.locale as Locale] : undefined
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body as Record<string, unknown> | undefined,
    query: init.query,
    headers: { authorization: `Bearer ${session.token}`, ...(medusaLocale ? { "x-medusa-locale": medusaLocale } : {}) },
    cache: "no-store",
  })
}

/** The coordinator the login belongs to, with their cooperative: every portal page shows whose it is. */
async function loadMe(session: CoordinatorSession): Promise<CoordinatorProfile> {
  const { coordinator } = await coordinatorRequest<{ coordinator: CoordinatorProfile }>(session, "/coordinator/me")
  return coordinator
}

/** A portal page's data, or null when the coordinator must log in (again): no cookie, or the backend said 401. */
async function orLogIn<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load
  } catch (error) {
    if (describeError(error).status === 401) return null
    throw error
  }
}

/** The portal's data for a page, or null when the coordinator must log in (again). */
export async function loadPortal(session: CoordinatorSession): Promise<{ me: CoordinatorProfile; products: ShelfProduct[] } | null> {
  const shelf = coordinatorRequest<{ products: ShelfProduct[] }>(session, "/coordinator/products")
  return orLogIn(Promise.all([loadMe(session), shelf]).then(([me, { products }]) => ({ me, products })))
}

/** How many orders the portal's orders page shows: every one still to send (up to this many), and the latest handed over. */
const OPEN_ORDERS_SHOWN = 50
const HANDED_ORDERS_SHOWN = 10

export type PortalOrders = { me: CoordinatorProfile; open: CoordinatorOrderList; handed: CoordinatorOrderList }

/** The orders page's data: parcels still to pack or send, and the latest handed to a carrier; null when the coordinator must log in. */
export async function loadPortalOrders(session: CoordinatorSession): Promise<PortalOrders | null> {
  return orLogIn(
    Promise.all([
      loadMe(session),
      coordinatorRequest<CoordinatorOrderList>(session, "/coordinator/orders", {
        query: { parcel_status: "pending,ready", limit: OPEN_ORDERS_SHOWN },
      }),
      coordinatorRequest<CoordinatorOrderList>(session, "/coordinator/orders", {
        query: { parcel_status: "handed_to_carrier", limit: HANDED_ORDERS_SHOWN },
      }),
    ]).then(([me, open, handed]) => ({ me, open, handed }))
  )
}

export type PortalRequests = { me: CoordinatorProfile; requests: ProductRequest[]; count: number }

/** How many proposals the portal lists: a cooperative proposes a few pieces a month. */
const REQUESTS_SHOWN = 50

/** The proposals page's data: the cooperative's proposed pieces, newest first; null when the coordinator must log in. */
export async function loadPortalRequests(session: CoordinatorSession): Promise<PortalRequests | null> {
  return orLogIn(
    Promise.all([
      loadMe(session),
      coordinatorRequest<{ product_requests: ProductRequest[]; count: number }>(session, "/coordinator/product-requests", {
        query: { limit: REQUESTS_SHOWN },
      }),
    ]).then(([me, page]) => ({ me, requests: page.product_requests, count: page.count }))
  )
}

/**
 * The proposal form's data: the coordinator and, to change a returned proposal, that proposal of
 * their cooperative (null when there is none such); null when the coordinator must log in.
 */
export async function loadPortalRequest(
  session: CoordinatorSession,
  id?: string
): Promise<{ me: CoordinatorProfile; request: ProductRequest | null } | null> {
  // Ids end up in the path: only a well-formed one is asked for.
  const wellFormed = !!id && /^preq_[A-Za-z0-9]{1,64}$/.test(id)
  return orLogIn(
    Promise.all([
      loadMe(session),
      wellFormed
        ? coordinatorRequest<{ product_request: ProductRequest }>(session, `/coordinator/product-requests/${id}`).then(
            (answer) => answer.product_request,
            (error) => {
              if (describeError(error).status === 404) return null
              throw error
            }
          )
        : null,
    ]).then(([me, request]) => ({ me, request }))
  )
}

/** How many ledger entries and payouts the payments page shows: the printable statement has every one. */
const LEDGER_ENTRIES_SHOWN = 20
const PAYOUTS_SHOWN = 10
/** Payouts still on their way are few (one per batch); this many covers them all. */
const PENDING_PAYOUTS_COUNTED = 50

export type PortalPayments = {
  me: CoordinatorProfile
  ledger: CoordinatorLedgerPage
  payouts: CoordinatorPayout[]
  payoutCount: number
  /** Payouts made but not yet known to have arrived (their money already left the balance). */
  pending: { amount: number; count: number }
}

/** The payments page's data: the balance, the latest ledger entries and payouts; null when the coordinator must log in. */
export async function loadPortalPayments(session: CoordinatorSession): Promise<PortalPayments | null> {
  return orLogIn(
    Promise.all([
      loadMe(session),
      coordinatorRequest<CoordinatorLedgerPage>(session, "/coordinator/ledger", { query: { limit: LEDGER_ENTRIES_SHOWN } }),
      coordinatorRequest<{ payouts: CoordinatorPayout[]; count: number }>(session, "/coordinator/payouts", {
        query: { limit: PAYOUTS_SHOWN },
      }),
      coordinatorRequest<{ payouts: CoordinatorPayout[]; count: number }>(session, "/coordinator/payouts", {
        query: { status: "pending", limit: PENDING_PAYOUTS_COUNTED },
      }),
    ]).then(([me, ledger, recent, pending]) => ({
      me,
      ledger,
      payouts: recent.payouts,
      payoutCount: recent.count,
      pending: { amount: pending.payouts.reduce((sum, payout) => sum + payout.amount, 0), count: pending.count },
    }))
  )
}
