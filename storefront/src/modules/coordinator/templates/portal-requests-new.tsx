import { getTranslations } from "next-intl/server"
import Link from "next/link"
import { redirect } from "next/navigation"
import { loadPortalRequest } from "@/lib/data/coordinator"
import { portalPath } from "@/lib/util/portal"
import { RequestForm } from "../components/request-form"
import { portalLink } from "../lib/portal-ui"

/** Proposing a new piece, or (`from`) changing one the Telar team returned and sending it again. */
export async function PortalRequestsNew({ locale, from }: { locale: string; from?: string }) {
  const t = await getTranslations({ locale, namespace: "portal.requestForm" })
  const loaded = await loadPortalRequest(from)
  if (!loaded) redirect(portalPath(locale, "login"))
  const returned = loaded.request
  const changing = Boolean(from)
  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-6">
      <header className="grid gap-1">
        <Link href={portalPath(locale, "requests")} className={portalLink}>
          ← {t("back")}
        </Link>
        <p className="text-lg text-ink/80">{loaded.me.cooperative.name}</p>
        <h1 className="font-serif text-3xl font-semibold text-ink">{changing ? t("titleChange") : t("titleNew")}</h1>
        <p className="text-base text-ink/80">{t("intro")}</p>
      </header>
      {changing && returned?.status !== "returned" ? (
        <p role="alert" className="rounded-lg bg-clay/15 px-4 py-3 text-lg font-semibold text-ink">
          {t("notFound")}
        </p>
      ) : (
        <>
          {returned?.staff_comment ? (
            <div className="grid gap-1 rounded-lg bg-clay/10 p-3">
              <p className="text-base font-semibold text-ink">{t("comment")}</p>
              <p className="whitespace-pre-line text-base text-ink">{returned.staff_comment}</p>
            </div>
          ) : null}
          <RequestForm locale={locale} returned={returned ?? undefined} />
        </>
      )}
    </div>
  )
}
