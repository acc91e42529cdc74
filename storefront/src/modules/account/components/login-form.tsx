"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { login, type AccountState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"
import { FormAlert, SubmitButton, useFocusAfterSubmit } from "@/modules/common/components/form-parts"

export default function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("account.login")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<AccountState, FormData>(login, null)
  const errorRef = useFocusAfterSubmit<HTMLDivElement>(state, "login")
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="login-form">
      {state?.error && <FormAlert ref={errorRef}>{tErr(state.error)}</FormAlert>}
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
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  )
}
