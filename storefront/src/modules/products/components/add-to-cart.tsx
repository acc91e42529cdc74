"use client"

import { useId, useState, useTransition } from "react"
import { openCartDrawer } from "@/modules/common/lib/cart-events"
import { ui } from "@/modules/common/lib/ui"
import { addPiece } from "../lib/cart-actions"

export type AddToCartLabels = { add: string; adding: string; added: string }

type Props = {
  variantId: string
  locale: string
  labels: AddToCartLabels
  disabled?: boolean
  quantity?: number
  className?: string
}

/**
 * "Add to cart": calls a Server Action, then opens the cart drawer. Backend refusals (sold out,
 * already have every piece left) are explained next to the button and announced.
 */
export function AddToCart({ variantId, locale, labels, disabled = false, quantity = 1, className }: Props) {
  const [pending, start] = useTransition()
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null)
  const messageId = useId()
  const unavailable = disabled || !variantId

  return (
    <div className={className}>
      <button
        type="button"
        data-testid="add-to-cart"
        className={`${ui.primary} w-full`}
        disabled={unavailable || pending}
        aria-describedby={message ? messageId : undefined}
        onClick={() =>
          start(async () => {
            setMessage(null)
            const result = await addPiece({ variantId, quantity, locale })
            if (result.ok) {
              setMessage({ kind: "ok", text: labels.added })
              openCartDrawer({ added: true, count: result.count })
            } else {
              setMessage({ kind: "error", text: result.message })
            }
          })
        }
      >
        {pending ? labels.adding : labels.add}
      </button>
      <p
        id={messageId}
        role="status"
        aria-live="polite"
        data-testid="add-to-cart-message"
        className={message ? (message.kind === "error" ? `${ui.fieldError} mt-2` : "mt-2 text-sm font-medium text-jade") : "sr-only"}
      >
        {message?.text}
      </p>
    </div>
  )
}
