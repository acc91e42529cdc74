import { getTranslations } from "next-intl/server"
import Link from "next/link"
import { portalPath } from "@/lib/util/portal"
import { resetLinkState } from "@/lib/util/reset-link"
import { PortalWorker } from "../components/portal-worker"
import { PortalForgotPasswordForm, PortalResetPasswordForm } from "../components/portal-forms"
import { portalLink } from "../lib/portal-ui"

export async function PortalForgotPassword({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "portal.forgot" })
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <PortalWorker forget />
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      <p className="text-lg text-ink/85">{t("intro")}</p>
      <PortalForgotPasswordForm locale={locale} />
      <Link href={portalPath(locale, "login")} className={portalLink}>
        {t("back")}
      </Link>
    </div>
  )
}

export async function PortalResetPassword({ locale, token, email }: { locale: string; token: string; email: string }) {
  const t = await getTranslations({ locale, namespace: "portal.reset" })
  const link = resetLinkState(token)
  const askAgain = portalPath(locale, "forgotPassword")
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <PortalWorker forget />
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      {link === "usable" ? (
        <>
          <p className="text-lg text-ink/85">{email ? t("introFor", { email }) : t("intro")}</p>
          <PortalResetPasswordForm locale={locale} token={token} email={email} askAgainHref={askAgain} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-lg bg-clay/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="portal-reset-invalid">
            {link === "missing" ? t("missing") : t("invalid")}
          </p>
          <Link href={askAgain} className={portalLink}>
            {t("askAgain")}
          </Link>
        </>
      )}
    </div>
  )
}
