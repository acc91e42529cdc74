"use client"

import { useActionState, useId, useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import { applyPromoCode, removePromoCode, type PromoState } from "@/lib/data/cart"
import { ui } from "@/modules/common/lib/ui"

/** Promo code entry plus the codes already applied (each removable). */
export default function PromoForm({ codes }: { codes: string[] }) {
  const t = useTranslations("cart.promo")
  const tErr = useTranslations("cart.errors")
  const id = useId()
  const [state, action, pending] = useActionState<PromoState, FormData>(applyPromoCode, null)
  const [removing, startRemove] = useTransition()
  const [removal, setRemoval] = useState<{ ok: boolean; text: string } | null>(null)
  const error = state && !state.ok && state.error ? tErr(state.error) : null

  return (
    <div className="grid gap-3">
      <form action={action} className="grid gap-1" noValidate>
        <label htmlFor={id} className={ui.label}>
          {t("label")}
        </label>
        <div className="flex gap-2">
          <input
            id={id}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className={ui.input}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-status`}
            data-testid="promo-input"
          />
          <button type="submit" className={ui.secondary} disabled={pending} data-testid="promo-apply">
            {pending ? t("applying") : t("apply")}
          </button>
        </div>
        <p
          id={`${id}-status`}
          aria-live="polite"
          data-testid="promo-status"
          className={error ? ui.fieldError : state?.ok ? "mt-1 text-sm font-medium text-jade" : "sr-only"}
        >
          {error ?? (state?.ok && state.applied ? t("applied", { code: state.applied }) : "")}
        </p>
      </form>
      {codes.length > 0 && (
        <ul className="grid gap-2">
          {codes.map((code) => (
            <li key={code} className="flex items-center justify-between rounded-md bg-jade/10 px-3 py-2 text-sm">
              <span className="font-medium">{t("active", { code })}</span>
              <button
                type="button"
                className={ui.textButton}
                disabled={removing}
                aria-label={t("removeLabel", { code })}
                onClick={() =>
                  startRemove(async () => {
                    const result = await removePromoCode(code)
                    setRemoval(result.ok ? { ok: true, text: t("removed") } : { ok: false, text: tErr(result.error) })
                  })
                }
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className={removal && !removal.ok ? ui.fieldError : "sr-only"}>
        {removal?.text}
      </p>
    </div>
  )
}
