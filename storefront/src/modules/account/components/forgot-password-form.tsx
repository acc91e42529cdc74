"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { requestPasswordReset, type PasswordState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"
import { FormAlert, fieldsOf, SubmitButton, useFocusAfterSubmit } from "@/modules/common/components/form-parts"

/** Asks for a reset link; the answer never says whether the email has an account. */
export default function ForgotPasswordForm() {
  const t = useTranslations("account.forgot")
  const tErr = useTranslations("account.passwordErrors")
  const [state, action, pending] = useActionState<PasswordState, FormData>(requestPasswordReset, null)
  const messageRef = useFocusAfterSubmit<HTMLDivElement>(state, "forgot", true)
  const field = fieldsOf(state, "forgot")
  if (state?.ok) {
    return (
      <div ref={messageRef} tabIndex={-1} role="status" className={ui.notice} data-testid="forgot-password-sent">
        {t("sent", { email: state.values?.email ?? "" })}
      </div>
    )
  }
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="forgot-password-form">
      {state?.error && <FormAlert ref={messageRef}>{tErr(state.error)}</FormAlert>}
      <Field
        {...field("email")}
        type="email"
        label={t("email")}
        required
        autoComplete="email"
        inputMode="email"
        defaultValue={state?.values?.email ?? ""}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  )
}
