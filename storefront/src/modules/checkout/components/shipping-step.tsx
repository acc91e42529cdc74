"use client"

import { useState, useTransition } from "react"
import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { setShippingSpeed } from "@/lib/data/shipping"
import { ui } from "@/modules/common/lib/ui"
import type { Speed } from "../lib/shipping"
import type { CheckoutData } from "../lib/types"

/** Standard or express, with what each costs parcel by parcel (one parcel per cooperative). */
export default function ShippingStep({ data, onDone }: { data: CheckoutData; onDone: () => void }) {
  const t = useTranslations("checkout")
  const tErr = useTranslations("cart.errors")
  const router = useRouter()
  const [pending, start] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const firstAvailable = data.quotes?.find((quote) => quote.available)?.speed ?? null
  const [speed, setSpeed] = useState<Speed | null>(data.speed ?? firstAvailable)

  if (!data.quotes) {
    return (
      <div className={ui.alert} role="alert">
        <p>{t("shipping.noPlan")}</p>
        <button type="button" className={`${ui.secondary} mt-3`} onClick={() => start(() => router.refresh())} disabled={pending}>
          {t("shipping.retry")}
        </button>
      </div>
    )
  }

  return (
    <form
      className="grid grid-cols-1 gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        if (!speed) return
        start(async () => {
          setError(null)
          const result = await setShippingSpeed(speed)
          if (result.ok) onDone()
          else setError(tErr(result.error))
        })
      }}
    >
      <fieldset className="grid min-w-0 grid-cols-1 gap-3">
        <legend className="mb-2 font-medium">{t("shipping.legend")}</legend>
        {data.quotes.map((quote) => {
          const id = `speed-${quote.speed}`
          return (
            <div
              key={quote.speed}
              className={`flex items-start gap-3 rounded-md border p-4 has-[:checked]:border-clay-dark has-[:checked]:bg-clay/5 ${
                quote.available ? "border-ink/25" : "border-ink/10 bg-ink/5"
              }`}
            >
              <input
                id={id}
                type="radio"
                name="speed"
                value={quote.speed}
                checked={speed === quote.speed}
                disabled={!quote.available || pending}
                onChange={() => setSpeed(quote.speed)}
                aria-describedby={`${id}-detail`}
                className="mt-1 size-5 shrink-0 accent-clay-dark"
              />
              <div className="min-w-0 flex-1">
                <label htmlFor={id} className="flex justify-between gap-4 font-medium">
                  <span>{t(`shipping.${quote.speed}`)}</span>
                  <span>{quote.available ? quote.amount : t("shipping.unavailable")}</span>
                </label>
                <div id={`${id}-detail`} className={`text-sm ${ui.muted}`}>
                  <p>{t(`shipping.${quote.speed}Hint`)}</p>
                  {quote.available && quote.parcels.length > 1 && (
                    <ul className="mt-1">
                      {quote.parcels.map((parcel) => (
                        <li key={parcel.name}>{t("shipping.parcelLine", { name: parcel.name, amount: parcel.amount ?? "—" })}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            </div>
          )
        })}
      </fieldset>
      <p className={ui.muted}>{t("shipping.parcels", { count: data.parcels })}</p>
      {error && (
        <p role="alert" className={ui.alert}>
          {error}
        </p>
      )}
      <div>
        <button type="submit" className={ui.primary} disabled={pending || !speed} data-testid="shipping-continue">
          {pending ? t("saving") : t("continue")}
        </button>
      </div>
    </form>
  )
}
