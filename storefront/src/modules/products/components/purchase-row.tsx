"use client"

import { useState } from "react"
import { AddToCart, type AddToCartLabels } from "./add-to-cart"
import { QuantityStepper, type StepperLabels } from "./quantity-stepper"

type Props = {
  variantId: string
  locale: string
  disabled: boolean
  /** From quantityLimit(); null: no choice to make, one piece goes in. */
  max: number | null
  labels: StepperLabels
  cartLabels: AddToCartLabels
}

/** The quantity stepper beside "Add to cart", which adds that many. */
export function PurchaseRow({ variantId, locale, disabled, max, labels, cartLabels }: Props) {
  const [quantity, setQuantity] = useState(1)
  if (max === null || disabled) return <AddToCart variantId={variantId} locale={locale} labels={cartLabels} disabled={disabled} />
  return (
    <div className="flex items-start gap-3">
      <QuantityStepper value={Math.min(quantity, max)} max={max} onChange={setQuantity} labels={labels} />
      {/* Level with the stepper's field, below its label. */}
      <AddToCart
        variantId={variantId}
        locale={locale}
        labels={cartLabels}
        quantity={Math.min(quantity, max)}
        className="mt-6 min-w-0 flex-1"
      />
    </div>
  )
}
