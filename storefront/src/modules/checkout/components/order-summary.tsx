"use client"

import { useId, useState } from "react"
import { useTranslations } from "next-intl"
import { ui } from "@/modules/common/lib/ui"

/**
 * The cart's pieces, parcels and totals beside every checkout step: a side column on wide
 * screens, a summary bar that opens and closes at the top on phones.
 */
export default function OrderSummary({ total, children }: { total: string; children: React.ReactNode }) {
  const t = useTranslations("checkout.summary")
  const [open, setOpen] = useState(false)
  const bodyId = useId()
  return (
    <aside aria-labelledby="order-summary-title" data-testid="order-summary" className={`${ui.card} min-w-0 lg:sticky lg:top-6`}>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="order-summary-title" className="font-serif text-xl">
          {t("title")}
        </h2>
        <p className="font-semibold">{total}</p>
      </div>
      <button
        type="button"
        className={`${ui.textButton} mt-2 lg:hidden`}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {open ? t("hide") : t("show")}
      </button>
      <div id={bodyId} className={`${open ? "block" : "hidden"} mt-4 lg:block`}>
        {children}
      </div>
    </aside>
  )
}
