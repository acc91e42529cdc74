"use client"

import { useId, useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import { addToCart } from "@/lib/data/cart"
import { openCartDrawer } from "@/modules/common/lib/cart-events"
import { ui } from "@/modules/common/lib/ui"

type Props = {
  variantId: string
  disabled?: boolean
  quantity?: number
  className?: string
}

/**
 * "Add to cart": calls a Server Action, then opens the cart drawer. Backend refusals (sold out,
 * already have every piece left) are explained next to the button and announced.
 */
export function AddToCart({ variantId, disabled = false, quantity = 1, className }: Props) {
  const t = useTranslations("cart")
  const tErr = useTranslations("cart.errors")
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
            const result = await addToCart({ variantId, quantity })
            if (result.ok) {
              setMessage({ kind: "ok", text: t("added") })
              openCartDrawer({ added: true, count: result.count })
            } else {
              setMessage({
                kind: "error",
                text: result.error === "allInCart" ? tErr("allInCart", { available: result.available ?? 0 }) : tErr(result.error),
              })
            }
          })
        }
      >
        {pending ? t("adding") : t("add")}
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
