"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { RETURN_REASONS, type StoreReturnablePiece } from "@telar/types"
import { requestReturn, type ReturnFormState } from "@/lib/data/returns"
import { FormAlert, SubmitButton, useFocusAfterSubmit } from "@/modules/common/components/form-parts"
import { ui } from "@/modules/common/lib/ui"
import { returnField } from "../lib/returns"

/** The order page's "Return pieces" form: how many of each piece go back, and why. */
export default function ReturnForm({ orderId, pieces }: { orderId: string; pieces: StoreReturnablePiece[] }) {
  const t = useTranslations("account.returns")
  const [state, action, pending] = useActionState<ReturnFormState, FormData>(requestReturn, null)
  const messageRef = useFocusAfterSubmit<HTMLDivElement>(state, "return", true)
  const missing = new Set(state?.missing ?? [])
  return (
    <form action={action} noValidate className="grid gap-4" aria-labelledby="return-form-title" data-testid="return-form">
      <h3 id="return-form-title" className="font-serif text-xl">
        {t("formTitle")}
      </h3>
      {state?.ok && (
        <div ref={messageRef} tabIndex={-1} role="status" className={ui.notice}>
          {t("requested", { count: state.created ?? 1 })}
        </div>
      )}
      {state?.error && <FormAlert ref={messageRef}>{t(`errors.${state.error}`)}</FormAlert>}
      <input type="hidden" name="order_id" value={orderId} />
      <ul className="grid gap-4">
        {pieces.map((piece) => {
          const id = `return-${piece.line_item_id}`
          const reasonError = missing.has(piece.line_item_id)
          return (
            <li key={piece.line_item_id} className="grid gap-3 border-t border-ink/10 pt-4 sm:grid-cols-3" data-testid="return-piece">
              <p className="font-medium sm:col-span-3">
                {piece.title}
                {piece.variant ? <span className={`font-normal ${ui.muted}`}> · {piece.variant}</span> : null}
              </p>
              <div>
                <label htmlFor={`${id}-quantity`} className={ui.label}>
                  {t("howMany", { title: piece.title })}
                </label>
                <select id={`${id}-quantity`} name={returnField.quantity(piece.line_item_id)} defaultValue="0" className={ui.input}>
                  <option value="0">{t("none")}</option>
                  {Array.from({ length: piece.returnable }, (_, index) => index + 1).map((count) => (
                    <option key={count} value={count}>
                      {count}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-reason`} className={ui.label}>
                  {t("reason")}
                  <span className="sr-only"> ({piece.title})</span>
                </label>
                <select
                  id={`${id}-reason`}
                  name={returnField.reason(piece.line_item_id)}
                  defaultValue=""
                  className={ui.input}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                >
                  <option value="">{t("chooseReason")}</option>
                  {RETURN_REASONS.map((reason) => (
                    <option key={reason} value={reason}>
                      {t(`reasons.${reason}`)}
                    </option>
                  ))}
                </select>
                {reasonError && (
                  <p id={`${id}-reason-error`} className={ui.fieldError}>
                    {t("errors.reasonMissing")}
                  </p>
                )}
              </div>
              <div>
                <label htmlFor={`${id}-note`} className={ui.label}>
                  {t("note")}
                  <span className="sr-only"> ({piece.title})</span>
                </label>
                <input id={`${id}-note`} name={returnField.note(piece.line_item_id)} maxLength={500} className={ui.input} />
              </div>
            </li>
          )
        })}
      </ul>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  )
}
