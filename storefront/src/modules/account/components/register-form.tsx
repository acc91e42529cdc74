"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { register, type AccountState } from "@/lib/data/customer"
import { Field } from "@/modules/common/components/field"
import { FormAlert, fieldsOf, SubmitButton, useFocusAfterSubmit } from "@/modules/common/components/form-parts"

export default function RegisterForm({ next }: { next?: string }) {
  const t = useTranslations("account.register")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<AccountState, FormData>(register, null)
  const errorRef = useFocusAfterSubmit<HTMLDivElement>(state, "register")
  const field = fieldsOf(state, "register")
  const v = state?.values ?? {}
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="register-form">
      {state?.error && <FormAlert ref={errorRef}>{tErr(state.error)}</FormAlert>}
      {next && <input type="hidden" name="next" value={next} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field("first_name")} label={t("first_name")} required autoComplete="given-name" defaultValue={v.first_name ?? ""} />
        <Field {...field("last_name")} label={t("last_name")} required autoComplete="family-name" defaultValue={v.last_name ?? ""} />
      </div>
      <Field {...field("email")} type="email" label={t("email")} required autoComplete="email" defaultValue={v.email ?? ""} />
      <Field
        {...field("password")}
        type="password"
        label={t("password")}
        required
        minLength={8}
        autoComplete="new-password"
        hint={t("passwordHint")}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  )
}
