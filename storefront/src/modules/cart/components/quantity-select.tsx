"use client"

import { useId, useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import { updateLineItem } from "@/lib/data/cart"
import { quantityChoices } from "@/lib/util/stock"
import { ui } from "@/modules/common/lib/ui"

/** Quantity picker bounded by the stock left; saves as soon as it changes. */
export default function QuantitySelect({
  lineId,
  title,
  quantity,
  available,
}: {
  lineId: string
  title: string
  quantity: number
  available: number | null
}) {
  const t = useTranslations("cart")
  const tErr = useTranslations("cart.errors")
  const id = useId()
  const [pending, start] = useTransition()
  const [value, setValue] = useState(quantity)
  const [error, setError] = useState<string | null>(null)
  const [lastSeen, setLastSeen] = useState(quantity)
  if (lastSeen !== quantity) {
    // The server's figure changed (another tab, a stock fix): follow it.
    setLastSeen(quantity)
    setValue(quantity)
  }
  const choices = quantityChoices(available, quantity)

  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {t("quantityFor", { title })}
      </label>
      <select
        id={id}
        value={value}
        disabled={pending}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        data-testid="quantity-select"
        onChange={(event) => {
          const next = Number(event.target.value)
          const previous = value
          setValue(next)
          start(async () => {
            setError(null)
            const result = await updateLineItem({ lineId, quantity: next })
            if (!result.ok) {
              setValue(previous)
              setError(tErr(result.error))
            }
          })
        }}
        className={`${ui.input} w-20 py-2`}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
      <p id={`${id}-error`} role="alert" className={error ? ui.fieldError : "sr-only"}>
        {error}
      </p>
      <p className="sr-only" aria-live="polite">
        {pending ? t("updating") : ""}
      </p>
    </div>
  )
}
