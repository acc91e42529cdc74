"use client"

import { useRouter } from "next/navigation"
import { type MouseEvent, useEffect, useId, useRef, useState, useTransition } from "react"
import { ui } from "@/modules/common/lib/ui"
import { removeDrawerLine } from "../lib/drawer-actions"
import type { DrawerCart, DrawerLine } from "../lib/drawer-cart"

export type DrawerLabels = {
  title: string
  close: string
  closeLabel: string
  addedNotice: string
  empty: string
  emptyHint: string
  subtotal: string
  shipping: string
  shippingLater: string
  checkout: string
  viewCart: string
  quantity: string
  remove: string
  removing: string
}

type Props = {
  cart: DrawerCart | null
  locale: string
  labels: DrawerLabels
  /** Each new request (a click, an add) opens the drawer; `added` says a piece just went in. */
  request: { at: number; added: boolean }
  onOpenChange: (open: boolean) => void
  onRemoved: () => void
}

/** The cart drawer, a modal <dialog> (focus trapped, Escape closes it). Loaded on first use. */
export default function CartDrawer({ cart, locale, labels, request, onOpenChange, onRemoved }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const titleId = useId()
  const router = useRouter()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || !request.at) return
    if (!dialog.open) dialog.showModal()
    setOpen(true)
    onOpenChange(true)
  }, [request.at, onOpenChange])

  const close = () => dialogRef.current?.close()
  // Plain links moved by the router, not next/link: Turbopack would hoist next/link into every
  // page's first load for the sake of this lazily loaded drawer.
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    close()
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    router.push(event.currentTarget.getAttribute("href") ?? `/${locale}/cart`)
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click is a mouse shortcut; keyboards close a modal dialog with Escape natively
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      data-testid="cart-drawer"
      onClose={() => {
        setOpen(false)
        onOpenChange(false)
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its panel) closes it.
        if (event.target === dialogRef.current) close()
      }}
      className="m-0 ml-auto h-dvh max-h-none w-full max-w-md bg-paper p-0 text-ink shadow-2xl backdrop:bg-ink/50 open:flex open:flex-col"
    >
      <div className="flex items-center justify-between border-b border-ink/15 px-5 py-4">
        <h2 id={titleId} className="font-serif text-2xl">
          {labels.title}
        </h2>
        <button type="button" onClick={close} aria-label={labels.closeLabel} className={ui.secondary} autoFocus>
          {labels.close}
        </button>
      </div>
      <div className="flex-1 overflow-y-auto px-5 py-4">
        <p role="status" className={request.added ? `${ui.notice} mb-4` : "sr-only"}>
          {request.added && open ? labels.addedNotice : ""}
        </p>
        {!cart || cart.lines.length === 0 ? (
          <div className="py-8 text-center">
            <p className="text-lg">{labels.empty}</p>
            <p className={`mt-2 ${ui.muted}`}>{labels.emptyHint}</p>
          </div>
        ) : (
          <ul className="divide-y divide-ink/10">
            {cart.lines.map((line) => (
              <DrawerItem key={line.id} line={line} locale={locale} labels={labels} onRemoved={onRemoved} />
            ))}
          </ul>
        )}
      </div>
      {cart && cart.lines.length > 0 && (
        <div className="border-t border-ink/15 px-5 py-4">
          <dl className="flex items-center justify-between text-lg font-semibold">
            <dt>{labels.subtotal}</dt>
            <dd data-testid="drawer-subtotal">{cart.subtotal}</dd>
          </dl>
          <p className={`mt-1 text-sm ${ui.muted}`}>
            {labels.shipping}: {labels.shippingLater}
          </p>
          <div className="mt-4 grid gap-2">
            <a href={`/${locale}/checkout`} className={ui.primary} onClick={go} data-testid="drawer-checkout">
              {labels.checkout}
            </a>
            <a href={`/${locale}/cart`} className={ui.secondary} onClick={go}>
              {labels.viewCart}
            </a>
          </div>
        </div>
      )}
    </dialog>
  )
}

function DrawerItem({
  line,
  locale,
  labels,
  onRemoved,
}: {
  line: DrawerLine
  locale: string
  labels: DrawerLabels
  onRemoved: () => void
}) {
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
          {labels.quantity}: {line.quantity}
        </p>
        <button
          type="button"
          className={`${ui.textButton} mt-1`}
          disabled={pending}
          aria-label={line.removeLabel}
          onClick={() =>
            start(async () => {
              setError(null)
              const result = await removeDrawerLine(line.id, locale)
              if (result.ok) onRemoved()
              else setError(result.message)
            })
          }
        >
          {pending ? labels.removing : labels.remove}
        </button>
        <p role="alert" className={error ? ui.fieldError : "sr-only"}>
          {error}
        </p>
      </div>
      <p className="shrink-0 font-medium">{line.total}</p>
    </li>
  )
}
