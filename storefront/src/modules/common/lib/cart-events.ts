/** Browser-side signal between AddToCart (product page) and the cart drawer (header). */
export const CART_OPEN_EVENT = "telar:cart-open"

export type CartOpenDetail = {
  added?: boolean
  /** Pieces in the cart after the add; the drawer opens once it shows this many. */
  count?: number
}

const WAIT_MS = 2500

/*
 * The request is kept here, outside React, so a drawer that hydrates (or is re-created by a
 * refresh) after the request was made still honours it.
 */
let pending: (CartOpenDetail & { at: number }) | null = null

export function openCartDrawer(detail: CartOpenDetail = {}): void {
  if (typeof window === "undefined") return
  pending = { ...detail, at: Date.now() }
  window.dispatchEvent(new CustomEvent<CartOpenDetail>(CART_OPEN_EVENT, { detail }))
}

/**
 * The pending open request, once the drawer shows the cart it is about (same piece count) or
 * once it has waited long enough; null otherwise. Taking it clears it.
 */
export function takeOpenRequest(count: number, now = Date.now()): CartOpenDetail | null {
  if (!pending) return null
  if (pending.count !== undefined && pending.count !== count && now - pending.at < WAIT_MS) return null
  const request = pending
  pending = null
  return request
}

export function hasOpenRequest(): boolean {
  return pending !== null
}

export const OPEN_WAIT_MS = WAIT_MS

/** Something changed the cart outside the header (the cart page): the header's count asks again. */
export const CART_CHANGED_EVENT = "telar:cart-changed"

export function announceCartChanged(): void {
  if (typeof window === "undefined") return
  window.dispatchEvent(new Event(CART_CHANGED_EVENT))
}
