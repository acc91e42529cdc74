"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { register, type AccountState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"
import { FormAlert, SubmitButton, useFocusAfterSubmit } from "@/modules/common/components/form-parts"

export default function RegisterForm({ next }: { next?: string }) {
  const t = useTranslations("account.register")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<AccountState, FormData>(register, null)
  const errorRef = useFocusAfterSubmit<HTMLDivElement>(state, "register")
  const v = state?.values ?? {}
  return (
    <form action={action} noValidate className="grid gap-4" data-testid="register-form">
      {state?.error && <FormAlert ref={errorRef}>{tErr(state.error)}</FormAlert>}
      {next && <input type="hidden" name="next" value={next} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="register-first_name"
          name="first_name"
          label={t("first_name")}
          required
          autoComplete="given-name"
          defaultValue={v.first_name ?? ""}
          error={state?.fieldErrors?.first_name}
        />
        <Field
          id="register-last_name"
          name="last_name"
          label={t("last_name")}
          required
          autoComplete="family-name"
          defaultValue={v.last_name ?? ""}
          error={state?.fieldErrors?.last_name}
        />
      </div>
      <Field
        id="register-email"
        name="email"
        type="email"
        label={t("email")}
        required
        autoComplete="email"
        defaultValue={v.email ?? ""}
        error={state?.fieldErrors?.email}
      />
      <Field
        id="register-password"
        name="password"
        type="password"
        label={t("password")}
        required
        minLength={8}
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={state?.fieldErrors?.password}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  )
}
