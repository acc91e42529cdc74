import { getTranslations } from "next-intl/server"
import Link from "next/link"
import { portalPath } from "@/lib/util/portal"
import { PortalWorker } from "../components/portal-worker"
import { PortalLoginForm } from "../components/portal-forms"
import { portalLink } from "../lib/portal-ui"

export async function PortalLogin({ locale, passwordChanged = false }: { locale: string; passwordChanged?: boolean }) {
  const t = await getTranslations({ locale, namespace: "portal.login" })
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <PortalWorker forget />
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      {passwordChanged ? (
        <p role="status" className="rounded-lg bg-jade/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="portal-password-changed">
          {t("passwordChanged")}
        </p>
      ) : null}
      <p className="text-lg text-ink/85">{t("intro")}</p>
      <PortalLoginForm locale={locale} />
      <Link href={portalPath(locale, "forgotPassword")} className={portalLink}>
        {t("forgot")}
      </Link>
    </div>
  )
}
