"use client"

import { useEffect, useRef } from "react"
import { announceCartChanged } from "@/modules/common/lib/cart-events"

/**
 * Renders nothing. When the cart page re-renders with a different cart (a quantity changed, a line
 * was removed or fixed to the stock left), tells the header's cart button, which asks again.
 */
export default function CartSync({ signature }: { signature: string }) {
  const shown = useRef(signature)
  useEffect(() => {
    if (shown.current === signature) return
    shown.current = signature
    announceCartChanged()
  }, [signature])
  return null
}
