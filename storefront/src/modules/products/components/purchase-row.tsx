"use client"

import { useState } from "react"
import { AddToCart } from "./add-to-cart"
import { QuantityStepper, type StepperLabels } from "./quantity-stepper"

type Props = {
  variantId: string
  disabled: boolean
  /** From quantityLimit(); null: no choice to make, one piece goes in. */
  max: number | null
  labels: StepperLabels
}

/** The quantity stepper beside "Add to cart", which adds that many. */
export function PurchaseRow({ variantId, disabled, max, labels }: Props) {
  const [quantity, setQuantity] = useState(1)
  if (max === null || disabled) return <AddToCart variantId={variantId} disabled={disabled} />
  return (
    <div className="flex items-start gap-3">
      <QuantityStepper value={Math.min(quantity, max)} max={max} onChange={setQuantity} labels={labels} />
      {/* Level with the stepper's field, below its label. */}
      <AddToCart variantId={variantId} quantity={Math.min(quantity, max)} className="mt-6 min-w-0 flex-1" />
    </div>
  )
}
