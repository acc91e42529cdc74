"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import Link from "next/link"
import {
  acceptInvitation,
  coordinatorLogin,
  type PortalFormState,
  requestCoordinatorPasswordReset,
  resetCoordinatorPassword,
} from "@/lib/data/coordinator"
import { portalLink } from "../lib/portal-ui"

const input =
  "w-full rounded-lg border-2 border-ink/30 bg-white px-4 py-3 text-lg text-ink focus-visible:border-indigo focus-visible:outline-2 focus-visible:outline-indigo"
const submit =
  "w-full rounded-lg bg-ink px-5 py-4 text-lg font-semibold text-paper disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

function Problem({ state }: { state: PortalFormState }) {
  const t = useTranslations("portal.errors")
  if (!state?.error) return null
  return (
    <p role="alert" className="rounded-lg bg-clay/15 px-4 py-3 font-semibold text-ink">
      {t(state.error)}
    </p>
  )
}

/** The portal's email field: big, with the phone's email keyboard. */
function EmailField({ label, defaultValue }: { label: string; defaultValue: string }) {
  return (
    <label className="grid gap-2 text-lg font-semibold text-ink">
      {label}
      <input className={input} name="email" type="email" autoComplete="email" inputMode="email" defaultValue={defaultValue} required />
    </label>
  )
}

/** A new password, typed twice; the phone offers to save it. */
function NewPasswordFields({ label, hint, confirmLabel }: { label: string; hint: string; confirmLabel: string }) {
  return (
    <>
      <label className="grid gap-2 text-lg font-semibold text-ink">
        {label}
        <input className={input} name="password" type="password" autoComplete="new-password" minLength={10} required />
        <span className="text-base font-normal text-ink/75">{hint}</span>
      </label>
      <label className="grid gap-2 text-lg font-semibold text-ink">
        {confirmLabel}
        <input className={input} name="confirm" type="password" autoComplete="new-password" minLength={10} required />
      </label>
    </>
  )
}

export function PortalLoginForm({ locale }: { locale: string }) {
  const t = useTranslations("portal.login")
  const [state, action, pending] = useActionState(coordinatorLogin, null)
  return (
    <form action={action} className="grid gap-5">
      <Problem state={state} />
      <input type="hidden" name="locale" value={locale} />
      <EmailField label={t("email")} defaultValue={state?.email ?? ""} />
      <label className="grid gap-2 text-lg font-semibold text-ink">
        {t("password")}
        <input className={input} name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" className={submit} disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}

export function InvitationForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("portal.invitation")
  const [state, action, pending] = useActionState(acceptInvitation, null)
  return (
    <form action={action} className="grid gap-5">
      <Problem state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields label={t("password")} hint={t("passwordHint")} confirmLabel={t("confirm")} />
      <button type="submit" className={submit} disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}

export function PortalForgotPasswordForm({ locale }: { locale: string }) {
  const t = useTranslations("portal.forgot")
  const [state, action, pending] = useActionState(requestCoordinatorPasswordReset, null)
  if (state?.sent) {
    return (
      <p role="status" className="rounded-lg bg-jade/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="portal-reset-sent">
        {t("sent")}
      </p>
    )
  }
  return (
    <form action={action} className="grid gap-5">
      <Problem state={state} />
      <input type="hidden" name="locale" value={locale} />
      <EmailField label={t("email")} defaultValue={state?.email ?? ""} />
      <button type="submit" className={submit} disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}

export function PortalResetPasswordForm({
  locale,
  token,
  email,
  askAgainHref,
}: {
  locale: string
  token: string
  email: string
  askAgainHref: string
}) {
  const t = useTranslations("portal.reset")
  const [state, action, pending] = useActionState(resetCoordinatorPassword, null)
  return (
    <form action={action} className="grid gap-5">
      <Problem state={state} />
      {state?.error === "resetInvalid" ? (
        <Link href={askAgainHref} className={portalLink}>
          {t("askAgain")}
        </Link>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {/* Hidden, yet marked as the username so the phone saves the new password for this account. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields label={t("password")} hint={t("passwordHint")} confirmLabel={t("confirm")} />
      <button type="submit" className={submit} disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
