"use client"

import { useActionState, useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { login, type AccountState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"

export default function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("account.login")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<AccountState, FormData>(login, null)
  const errorRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state?.error) errorRef.current?.focus()
    else if (state?.fieldErrors) document.getElementById(`login-${Object.keys(state.fieldErrors)[0]}`)?.focus()
  }, [state])
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="login-form">
      {state?.error && (
        <p ref={errorRef} tabIndex={-1} role="alert" className={ui.alert}>
          {tErr(state.error)}
        </p>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        id="login-email"
        name="email"
        type="email"
        label={t("email")}
        required
        autoComplete="email"
        defaultValue={state?.values?.email ?? ""}
        error={state?.fieldErrors?.email}
      />
      <Field
        id="login-password"
        name="password"
        type="password"
        label={t("password")}
        required
        autoComplete="current-password"
        error={state?.fieldErrors?.password}
      />
      <div>
        <button type="submit" className={ui.primary} disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  )
}
