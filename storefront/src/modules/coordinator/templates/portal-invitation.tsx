import { getTranslations } from "next-intl/server"
import { PortalWorker } from "../components/portal-worker"
import { InvitationForm } from "../components/portal-forms"

export async function PortalInvitation({ locale, token }: { locale: string; token: string }) {
  const t = await getTranslations({ locale, namespace: "portal.invitation" })
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <PortalWorker forget />
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      {token ? (
        <>
          <p className="text-lg text-ink/85">{t("intro")}</p>
          <InvitationForm locale={locale} token={token} />
        </>
      ) : (
        <p className="text-lg text-ink/85">{t("missingToken")}</p>
      )}
    </div>
  )
}
