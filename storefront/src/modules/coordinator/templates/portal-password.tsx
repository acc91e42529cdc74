import { portalPath } from "@/lib/util/portal"
import { resetLinkState } from "@/lib/util/reset-link"
import { PortalForgotPasswordForm, PortalResetPasswordForm } from "../components/portal-forms"
import type { PortalFormOutcome } from "../lib/portal-form"
import { portalLink } from "../lib/portal-ui"
import { portalWords } from "../render/words"

type State = PortalFormOutcome | null

export function PortalForgotPassword({ locale, state }: { locale: string; state: State }) {
  const t = portalWords(locale, "portal.forgot")
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      <p className="text-lg text-ink/85">{t("intro")}</p>
      <PortalForgotPasswordForm locale={locale} state={state} />
      <a href={portalPath(locale, "login")} className={portalLink}>
        {t("back")}
      </a>
    </div>
  )
}

export function PortalResetPassword({ locale, token, email, state }: { locale: string; token: string; email: string; state: State }) {
  const t = portalWords(locale, "portal.reset")
  const link = resetLinkState(token)
  const askAgain = portalPath(locale, "forgotPassword")
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      {link === "usable" ? (
        <>
          <p className="text-lg text-ink/85">{email ? t("introFor", { email }) : t("intro")}</p>
          <PortalResetPasswordForm locale={locale} token={token} email={email} askAgainHref={askAgain} state={state} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-lg bg-clay/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="portal-reset-invalid">
            {link === "missing" ? t("missing") : t("invalid")}
          </p>
          <a href={askAgain} className={portalLink}>
            {t("askAgain")}
          </a>
        </>
      )}
    </div>
  )
}
