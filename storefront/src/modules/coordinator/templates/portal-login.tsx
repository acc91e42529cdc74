import { getTranslations } from "next-intl/server"
import { PortalWorker } from "../components/portal-worker"
import { PortalLoginForm } from "../components/portal-forms"

export async function PortalLogin({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "portal.login" })
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <PortalWorker forget />
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      <p className="text-lg text-ink/85">{t("intro")}</p>
      <PortalLoginForm locale={locale} />
    </div>
  )
}
