"use client"

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react"
import { usePathname } from "next/navigation"
import { CART_CHANGED_EVENT, CART_OPEN_EVENT, hasOpenRequest, OPEN_WAIT_MS, takeOpenRequest } from "@/modules/common/lib/cart-events"
import type { DrawerCart } from "../lib/drawer-cart"
import type { DrawerLabels } from "./cart-drawer"

// Loaded the first time the drawer opens: no dialog code in a page's first load.
const CartDrawer = lazy(() => import("./cart-drawer"))

type Props = { locale: string; label: string; drawer: DrawerLabels }

/**
 * The header's cart button: how many pieces are in the cart, and the cart drawer on click (the
 * cart page without JavaScript). The page around it is cached for every visitor, so it asks for
 * the visitor's cart once loaded, after each navigation, and when the cart changes.
 */
export function CartButton({ locale, label, drawer }: Props) {
  const [cart, setCart] = useState<DrawerCart | null>(null)
  const [open, setOpen] = useState<{ at: number; added: boolean } | null>(null)
  const [expanded, setExpanded] = useState(false)
  const latest = useRef(0)
  const pathname = usePathname()

  const load = useCallback(async (): Promise<DrawerCart | null> => {
    const ticket = ++latest.current
    try {
      const response = await fetch(`/api/cart?locale=${locale}`, { cache: "no-store" })
      if (!response.ok) return null
      const next = (await response.json()) as DrawerCart
      // A slower, older answer never overwrites a newer one.
      if (ticket === latest.current) setCart(next)
      return next
    } catch {
      return null
    }
  }, [locale])

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger: each page may have changed the cart
  useEffect(() => {
    void load()
  }, [load, pathname])

  useEffect(() => {
    // After an add: the drawer opens on the cart that includes the new piece.
    const onOpenRequest = async () => {
      const next = await load()
      const count = next?.count ?? 0
      const request = takeOpenRequest(count) ?? takeOpenRequest(count, Date.now() + OPEN_WAIT_MS)
      if (request) setOpen({ at: Date.now(), added: !!request.added })
    }
    const onChanged = () => void load()
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) void load()
    }
    if (hasOpenRequest()) void onOpenRequest()
    window.addEventListener(CART_OPEN_EVENT, onOpenRequest)
    window.addEventListener(CART_CHANGED_EVENT, onChanged)
    window.addEventListener("pageshow", onShow)
    return () => {
      window.removeEventListener(CART_OPEN_EVENT, onOpenRequest)
      window.removeEventListener(CART_CHANGED_EVENT, onChanged)
      window.removeEventListener("pageshow", onShow)
    }
  }, [load])

  const count = cart?.count ?? 0
  return (
    <>
      <a
        href={`/${locale}/cart`}
        aria-haspopup="dialog"
        aria-expanded={expanded}
        data-testid="cart-button"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
          event.preventDefault()
          setOpen({ at: Date.now(), added: false })
        }}
        className="relative inline-flex items-center gap-2 rounded-md px-2 py-2 font-medium text-ink hover:bg-ink/5 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo sm:px-3"
      >
        <BagIcon />
        {/* On a phone the bag says it; the word stays the link's name. */}
        <span className="max-sm:sr-only">{label}</span>
        {/* Its room is kept until the cart is known, so nothing moves when the count arrives. */}
        <span
          data-testid="cart-count"
          aria-hidden={cart ? undefined : true}
          className={`inline-flex min-w-6 items-center justify-center rounded-full bg-clay-dark px-1.5 text-xs font-bold leading-6 text-white ${cart ? "" : "invisible"}`}
        >
          {count}
        </span>
        {cart ? <span className="sr-only">{cart.unit}</span> : null}
      </a>
      {open ? (
        <Suspense fallback={null}>
          <CartDrawer cart={cart} locale={locale} labels={drawer} request={open} onOpenChange={setExpanded} onRemoved={() => void load()} />
        </Suspense>
      ) : null}
    </>
  )
}

function BagIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M5 8h14l-1.2 12.1a1 1 0 0 1-1 .9H7.2a1 1 0 0 1-1-.9L5 8Z" strokeLinejoin="round" />
      <path d="M9 8V6a3 3 0 0 1 6 0v2" strokeLinecap="round" />
    </svg>
  )
}
