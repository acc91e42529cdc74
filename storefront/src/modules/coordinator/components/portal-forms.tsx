import { useTranslations } from "next-intl"
import type { PortalFormOutcome } from "../lib/portal-form"
import { portalLink } from "../lib/portal-ui"

/**
 * The portal's account forms: plain forms posted to /api/portal/<form>, which answers with a
 * redirect back here carrying what went wrong (`state`). They work the same with or without the
 * portal's script; with it, the button says it is working while the form is on its way
 * (`data-pending`).
 */
type State = PortalFormOutcome | null

const input =
  "w-full rounded-lg border-2 border-ink/30 bg-white px-4 py-3 text-lg text-ink focus-visible:border-indigo focus-visible:outline-2 focus-visible:outline-indigo"
const submit =
  "w-full rounded-lg bg-ink px-5 py-4 text-lg font-semibold text-paper disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

function Problem({ state }: { state: State }) {
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

export function PortalLoginForm({ locale, state }: { locale: string; state: State }) {
  const t = useTranslations("portal.login")
  return (
    <form action="/api/portal/login" method="post" className="grid gap-5">
      <Problem state={state} />
      <input type="hidden" name="locale" value={locale} />
      <EmailField label={t("email")} defaultValue={state?.email ?? ""} />
      <label className="grid gap-2 text-lg font-semibold text-ink">
        {t("password")}
        <input className={input} name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" className={submit} data-pending={t("submitting")}>
        {t("submit")}
      </button>
    </form>
  )
}

export function InvitationForm({ locale, token, state }: { locale: string; token: string; state: State }) {
  const t = useTranslations("portal.invitation")
  return (
    <form action="/api/portal/invitation" method="post" className="grid gap-5">
      <Problem state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields label={t("password")} hint={t("passwordHint")} confirmLabel={t("confirm")} />
      <button type="submit" className={submit} data-pending={t("submitting")}>
        {t("submit")}
      </button>
    </form>
  )
}

export function PortalForgotPasswordForm({ locale, state }: { locale: string; state: State }) {
  const t = useTranslations("portal.forgot")
  if (state?.sent) {
    return (
      <p role="status" className="rounded-lg bg-jade/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="portal-reset-sent">
        {t("sent")}
      </p>
    )
  }
  return (
    <form action="/api/portal/forgot" method="post" className="grid gap-5">
      <Problem state={state} />
      <input type="hidden" name="locale" value={locale} />
      <EmailField label={t("email")} defaultValue={state?.email ?? ""} />
      <button type="submit" className={submit} data-pending={t("submitting")}>
        {t("submit")}
      </button>
    </form>
  )
}

export function PortalResetPasswordForm({
  locale,
  token,
  email,
  askAgainHref,
  state,
}: {
  locale: string
  token: string
  email: string
  askAgainHref: string
  state: State
}) {
  const t = useTranslations("portal.reset")
  return (
    <form action="/api/portal/reset" method="post" className="grid gap-5">
      <Problem state={state} />
      {state?.error === "resetInvalid" ? (
        <a href={askAgainHref} className={portalLink}>
          {t("askAgain")}
        </a>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {/* Hidden, yet marked as the username so the phone saves the new password for this account. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields label={t("password")} hint={t("passwordHint")} confirmLabel={t("confirm")} />
      <button type="submit" className={submit} data-pending={t("submitting")}>
        {t("submit")}
      </button>
    </form>
  )
}
