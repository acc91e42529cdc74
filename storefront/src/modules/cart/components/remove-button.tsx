"use client"

import { useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import { deleteLineItem } from "@/lib/data/cart"
import { ui } from "@/modules/common/lib/ui"

export default function RemoveButton({ lineId, title }: { lineId: string; title: string }) {
  const t = useTranslations("cart")
  const tErr = useTranslations("cart.errors")
  const [pending, start] = useTransition()
  const [error, setError] = useState<string | null>(null)
  return (
    <>
      <button
        type="button"
        className={ui.textButton}
        disabled={pending}
        aria-label={t("removeLabel", { title })}
        data-testid="remove-line"
        onClick={() =>
          start(async () => {
            setError(null)
            const result = await deleteLineItem(lineId)
            if (!result.ok) {
              setError(tErr(result.error))
            } else {
              // The line disappears; keep focus somewhere sensible.
              document.getElementById("cart-heading")?.focus()
            }
          })
        }
      >
        {pending ? t("removing") : t("remove")}
      </button>
      <p role="alert" className={error ? ui.fieldError : "sr-only"}>
        {error}
      </p>
    </>
  )
}
