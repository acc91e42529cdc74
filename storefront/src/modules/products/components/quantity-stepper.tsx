"use client"

import { useId, useState } from "react"
import { type StepperInput, stepQuantity } from "../lib/stepper"

export type StepperLabels = { quantity: string; decrease: string; increase: string; limit: string }

type Props = {
  value: number
  max: number
  onChange: (quantity: number) => void
  labels: StepperLabels
}

const step =
  "grid w-11 place-items-center text-xl font-semibold text-ink hover:bg-ink/5 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-indigo aria-disabled:cursor-not-allowed aria-disabled:text-ink/35 aria-disabled:hover:bg-transparent"

/**
 * − [n] + for 1..max. The field is a native number input (arrow keys step it); the buttons stay
 * focusable at the bounds (aria-disabled) so a keyboard user's focus is never dropped.
 */
export function QuantityStepper({ value, max, onChange, labels }: Props) {
  const id = useId()
  const [text, setText] = useState(String(value))
  const [shown, setShown] = useState(value)
  const [overLimit, setOverLimit] = useState(false)
  if (shown !== value) {
    // The value changed from outside (or a step): the field follows it.
    setShown(value)
    setText(String(value))
  }
  const apply = (input: StepperInput) => {
    const next = stepQuantity(value, max, input)
    setOverLimit(next.overLimit)
    // More than there is: the field shows the most that can be added at once.
    if (input.kind === "type" && next.overLimit) setText(String(next.value))
    if (next.value !== value) onChange(next.value)
  }
  return (
    <div className="grid gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-ink">
        {labels.quantity}
      </label>
      <div
        className="flex h-12 w-fit overflow-hidden rounded-md border border-ink/50 bg-white focus-within:border-indigo"
        data-testid="quantity-stepper"
      >
        <button
          type="button"
          className={step}
          aria-label={labels.decrease}
          aria-controls={`${id}-input`}
          aria-disabled={value <= 1 ? true : undefined}
          onClick={() => apply({ kind: "decrease" })}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={`${id}-input`}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          value={text}
          aria-describedby={`${id}-limit`}
          data-testid="quantity-input"
          className="w-12 border-x border-ink/20 text-center text-lg tabular-nums text-ink [appearance:textfield] focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-indigo [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
          onChange={(event) => {
            setText(event.target.value)
            apply({ kind: "type", text: event.target.value })
          }}
          onBlur={() => setText(String(value))}
        />
        <button
          type="button"
          className={step}
          aria-label={labels.increase}
          aria-controls={`${id}-input`}
          aria-disabled={value >= max ? true : undefined}
          onClick={() => apply({ kind: "increase" })}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <p id={`${id}-limit`} className="sr-only">
        {labels.limit}
      </p>
      <p role="status" className={overLimit ? "max-w-36 text-sm font-medium text-clay-dark" : "sr-only"}>
        {overLimit ? labels.limit : ""}
      </p>
    </div>
  )
}
