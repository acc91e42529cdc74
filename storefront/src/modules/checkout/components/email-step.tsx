"use client"

import { useActionState, useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { setCheckoutEmail, type FormState } from "@/lib/data/cart"
import { ui } from "@/modules/common/lib/ui"
import { Field } from "@/modules/common/components/field"

export default function EmailStep({ email, signedIn, onDone }: { email: string | null; signedIn: boolean; onDone: () => void }) {
  const t = useTranslations("checkout")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<FormState, FormData>(setCheckoutEmail, null)
  const handled = useRef<FormState>(null)
  useEffect(() => {
    if (!state || handled.current === state) return
    handled.current = state
    if (state.ok) onDone()
    else if (state.fieldErrors?.email) document.getElementById("checkout-email")?.focus()
  }, [state, onDone])

  return (
    <form action={action} noValidate className="grid grid-cols-1 gap-4">
      <Field
        id="checkout-email"
        name="email"
        type="email"
        label={t("email.label")}
        required
        autoComplete="email"
        defaultValue={state?.values?.email ?? email ?? ""}
        hint={signedIn ? t("email.hintSignedIn") : t("email.hint")}
        error={state?.fieldErrors?.email}
      />
      {state?.error && (
        <p role="alert" className={ui.alert}>
          {tErr(state.error)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={ui.primary} disabled={pending} data-testid="email-continue">
          {pending ? t("saving") : t("continue")}
        </button>
        {!signedIn && (
          <p className={ui.muted}>
            {t("email.haveAccount")}{" "}
            <Link href={{ pathname: "/account/login", query: { next: "/checkout" } }} className={ui.link}>
              {t("email.signIn")}
            </Link>
          </p>
        )}
      </div>
    </form>
  )
}
