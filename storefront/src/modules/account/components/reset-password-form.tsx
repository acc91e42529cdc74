"use client"

import { useActionState, useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { resetPassword, type PasswordState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"

/** The new password, twice; the token and email ride along from the mailed link. */
export default function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("account.reset")
  const tErr = useTranslations("account.passwordErrors")
  const [state, action, pending] = useActionState<PasswordState, FormData>(resetPassword, null)
  const errorRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state?.error) errorRef.current?.focus()
    else if (state?.fieldErrors) document.getElementById(`reset-${Object.keys(state.fieldErrors)[0]}`)?.focus()
  }, [state])
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="reset-password-form">
      {state?.error && (
        <div ref={errorRef} tabIndex={-1} role="alert" className={ui.alert}>
          <p>{tErr(state.error)}</p>
          {state.error === "resetLinkInvalid" && (
            <p className="mt-2">
              <Link href="/account/forgot-password" className={ui.link}>
                {t("askAgain")}
              </Link>
            </p>
          )}
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      {/* Hidden, yet marked as the username so password managers file the new password under it. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <Field
        id="reset-password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        required
        minLength={8}
        autoComplete="new-password"
        error={state?.fieldErrors?.password}
      />
      <Field
        id="reset-confirm"
        name="confirm"
        type="password"
        label={t("confirm")}
        required
        minLength={8}
        autoComplete="new-password"
        error={state?.fieldErrors?.confirm}
      />
      <div>
        <button type="submit" className={ui.primary} disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  )
}
