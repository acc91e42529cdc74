"use client"

import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { deleteLineItem } from "@/lib/data/cart"
import { CART_OPEN_EVENT, hasOpenRequest, OPEN_WAIT_MS, takeOpenRequest, type CartOpenDetail } from "@/modules/common/lib/cart-events"
import { ui } from "@/modules/common/lib/ui"

export type DrawerLine = {
  id: string
  title: string
  /** What the line says about its variant, already worded ("Talla: M"). */
  variant: string | null
  thumbnail: string | null
  handle: string | null
  quantity: number
  total: string
}

export type DrawerCart = { count: number; subtotal: string; lines: DrawerLine[] }

/** Cart trigger plus the cart drawer, a modal <dialog> (focus trapped, Escape closes it). */
export default function CartDrawer({ cart }: { cart: DrawerCart | null }) {
  const t = useTranslations("cart")
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [added, setAdded] = useState(false)
  const titleId = useId()
  const count = cart?.count ?? 0

  const show = useCallback((detail?: CartOpenDetail) => {
    const dialog = dialogRef.current
    if (!dialog) return
    setAdded(!!detail?.added)
    if (!dialog.open) dialog.showModal()
    setOpen(true)
  }, [])

  // After an add, the drawer opens once it shows the refreshed cart (never the old contents),
  // or after a short wait if the refresh is slow.
  const openIfReady = useCallback(() => {
    const request = takeOpenRequest(count)
    if (request) show(request)
  }, [count, show])

  useEffect(() => {
    openIfReady()
    let timer: ReturnType<typeof setTimeout> | undefined
    const onOpen = () => {
      openIfReady()
      if (hasOpenRequest()) timer = setTimeout(openIfReady, OPEN_WAIT_MS + 100)
    }
    if (hasOpenRequest()) timer = setTimeout(openIfReady, OPEN_WAIT_MS + 100)
    window.addEventListener(CART_OPEN_EVENT, onOpen)
    return () => {
      window.removeEventListener(CART_OPEN_EVENT, onOpen)
      clearTimeout(timer)
    }
  }, [openIfReady])

  const close = () => dialogRef.current?.close()

  return (
    <>
      <Link
        href="/cart"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="cart-button"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
          event.preventDefault()
          show()
        }}
        className="relative inline-flex items-center gap-2 rounded-md px-2 py-2 font-medium text-ink hover:bg-ink/5 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo sm:px-3"
      >
        <BagIcon />
        {/* On a phone the bag says it; the word stays the link's name. */}
        <span className="max-sm:sr-only">{t("button")}</span>
        <span
          data-testid="cart-count"
          className="inline-flex min-w-6 items-center justify-center rounded-full bg-clay-dark px-1.5 text-xs font-bold leading-6 text-white"
        >
          {count}
        </span>
        <span className="sr-only">{t("buttonUnit", { count })}</span>
      </Link>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click is a mouse shortcut; keyboards close a modal dialog with Escape natively */}
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        data-testid="cart-drawer"
        onClose={() => setOpen(false)}
        onClick={(event) => {
          // A click on the backdrop (the dialog box itself, outside its panel) closes it.
          if (event.target === dialogRef.current) close()
        }}
        className="m-0 ml-auto h-dvh max-h-none w-full max-w-md bg-paper p-0 text-ink shadow-2xl backdrop:bg-ink/50 open:flex open:flex-col"
      >
        <div className="flex items-center justify-between border-b border-ink/15 px-5 py-4">
          <h2 id={titleId} className="font-serif text-2xl">
            {t("drawerTitle")}
          </h2>
          <button type="button" onClick={close} aria-label={t("closeLabel")} className={ui.secondary} autoFocus>
            {t("close")}
          </button>
        </div>
        <div className="flex-1 overflow-y-auto px-5 py-4">
          <p role="status" className={added ? `${ui.notice} mb-4` : "sr-only"}>
            {added && open ? t("addedNotice") : ""}
          </p>
          {!cart || cart.lines.length === 0 ? (
            <div className="py-8 text-center">
              <p className="text-lg">{t("empty")}</p>
              <p className={`mt-2 ${ui.muted}`}>{t("emptyHint")}</p>
            </div>
          ) : (
            <ul className="divide-y divide-ink/10">
              {cart.lines.map((line) => (
                <DrawerItem key={line.id} line={line} />
              ))}
            </ul>
          )}
        </div>
        {cart && cart.lines.length > 0 && (
          <div className="border-t border-ink/15 px-5 py-4">
            <dl className="flex items-center justify-between text-lg font-semibold">
              <dt>{t("totals.subtotal")}</dt>
              <dd data-testid="drawer-subtotal">{cart.subtotal}</dd>
            </dl>
            <p className={`mt-1 text-sm ${ui.muted}`}>
              {t("totals.shipping")}: {t("totals.shippingLater")}
            </p>
            <div className="mt-4 grid gap-2">
              <Link href="/checkout" className={ui.primary} onClick={close} data-testid="drawer-checkout">
                {t("checkout")}
              </Link>
              <Link href="/cart" className={ui.secondary} onClick={close}>
                {t("viewCart")}
              </Link>
            </div>
          </div>
        )}
      </dialog>
    </>
  )
}

function DrawerItem({ line }: { line: DrawerLine }) {
  const t = useTranslations("cart")
  const tErr = useTranslations("cart.errors")
  const [pending, start] = useTransition()
  const [error, setError] = useState<string | null>(null)
  return (
    <li className="flex gap-4 py-4" aria-busy={pending}>
      {line.thumbnail ? (
        // eslint-disable-next-line @next/next/no-img-element -- small SVG thumbnails from the backend
        <img src={line.thumbnail} alt="" width={72} height={72} className="size-18 shrink-0 rounded-md bg-white object-cover" />
      ) : (
        <div className="size-18 shrink-0 rounded-md bg-ink/10" aria-hidden="true" />
      )}
      <div className="min-w-0 flex-1">
        <p className="font-medium">{line.title}</p>
        {line.variant && <p className={`text-sm ${ui.muted}`}>{line.variant}</p>}
        <p className={`text-sm ${ui.muted}`}>
          {t("quantity")}: {line.quantity}
        </p>
        <button
          type="button"
          className={`${ui.textButton} mt-1`}
          disabled={pending}
          aria-label={t("removeLabel", { title: line.title })}
          onClick={() =>
            start(async () => {
              setError(null)
              const result = await deleteLineItem(line.id)
              if (!result.ok) setError(tErr(result.error))
            })
          }
        >
          {pending ? t("removing") : t("remove")}
        </button>
        <p role="alert" className={error ? ui.fieldError : "sr-only"}>
          {error}
        </p>
      </div>
      <p className="shrink-0 font-medium">{line.total}</p>
    </li>
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
