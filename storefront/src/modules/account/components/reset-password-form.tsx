"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { resetPassword, type PasswordState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"
import { FormAlert, fieldsOf, SubmitButton, useFocusAfterSubmit } from "@/modules/common/components/form-parts"

/** The new password, twice; the token and email ride along from the mailed link. */
export default function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("account.reset")
  const tErr = useTranslations("account.passwordErrors")
  const [state, action, pending] = useActionState<PasswordState, FormData>(resetPassword, null)
  const errorRef = useFocusAfterSubmit<HTMLDivElement>(state, "reset")
  const field = fieldsOf(state, "reset")
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="reset-password-form">
      {state?.error && (
        <FormAlert ref={errorRef}>
          <p>{tErr(state.error)}</p>
          {state.error === "resetLinkInvalid" && (
            <p className="mt-2">
              <Link href="/account/forgot-password" className={ui.link}>
                {t("askAgain")}
              </Link>
            </p>
          )}
        </FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      {/* Hidden, yet marked as the username so password managers file the new password under it. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <Field
        {...field("password")}
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        required
        minLength={8}
        autoComplete="new-password"
      />
      <Field {...field("confirm")} type="password" label={t("confirm")} required minLength={8} autoComplete="new-password" />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  )
}
