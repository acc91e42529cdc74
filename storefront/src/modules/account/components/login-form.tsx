"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { login, type AccountState } from "@/lib/data/customer"
import { Field } from "@/modules/common/components/field"
import { FormAlert, fieldsOf, SubmitButton, useFocusAfterSubmit } from "@/modules/common/components/form-parts"

export default function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("account.login")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<AccountState, FormData>(login, null)
  const errorRef = useFocusAfterSubmit<HTMLDivElement>(state, "login")
  const field = fieldsOf(state, "login")
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="login-form">
      {state?.error && <FormAlert ref={errorRef}>{tErr(state.error)}</FormAlert>}
      {next && <input type="hidden" name="next" value={next} />}
      <Field {...field("email")} type="email" label={t("email")} required autoComplete="email" defaultValue={state?.values?.email ?? ""} />
      <Field {...field("password")} type="password" label={t("password")} required autoComplete="current-password" />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  )
}
