"use client"

import { useActionState, useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { requestPasswordReset, type PasswordState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"

/** Asks for a reset link; the answer never says whether the email has an account. */
export default function ForgotPasswordForm() {
  const t = useTranslations("account.forgot")
  const tErr = useTranslations("account.passwordErrors")
  const [state, action, pending] = useActionState<PasswordState, FormData>(requestPasswordReset, null)
  const messageRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state?.ok || state?.error) messageRef.current?.focus()
    else if (state?.fieldErrors) document.getElementById("forgot-email")?.focus()
  }, [state])
  if (state?.ok) {
    return (
      <p ref={messageRef} tabIndex={-1} role="status" className={ui.notice} data-testid="forgot-password-sent">
        {t("sent", { email: state.values?.email ?? "" })}
      </p>
    )
  }
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="forgot-password-form">
      {state?.error && (
        <p ref={messageRef} tabIndex={-1} role="alert" className={ui.alert}>
          {tErr(state.error)}
        </p>
      )}
      <Field
        id="forgot-email"
        name="email"
        type="email"
        label={t("email")}
        required
        autoComplete="email"
        inputMode="email"
        defaultValue={state?.values?.email ?? ""}
        error={state?.fieldErrors?.email}
      />
      <div>
        <button type="submit" className={ui.primary} disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  )
}
