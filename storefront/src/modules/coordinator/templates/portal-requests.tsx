import { getTranslations } from "next-intl/server"
import Link from "next/link"
import { redirect } from "next/navigation"
import { loadPortalRequests } from "@/lib/data/coordinator"
import { portalPath } from "@/lib/util/portal"
import { PortalSectionPage } from "../components/portal-page"
import { RequestCard } from "../components/request-card"
import { portalButton, portalEmpty } from "../lib/portal-ui"

/** The cooperative's proposed pieces, newest first, each with where it stands. */
export async function PortalRequests({ locale, sent }: { locale: string; sent: boolean }) {
  const portal = await loadPortalRequests()
  if (!portal) redirect(portalPath(locale, "login"))
  const t = await getTranslations({ locale, namespace: "portal.requests" })
  const { me, requests, count } = portal
  return (
    <PortalSectionPage locale={locale} section="requests" cooperative={me.cooperative.name}>
      {sent ? (
        <p role="status" className="rounded-lg bg-jade/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="request-sent">
          {t("sent")}
        </p>
      ) : null}
      <Link href={portalPath(locale, "newRequest")} className={portalButton} data-testid="request-new">
        {t("new")}
        <span aria-hidden="true">+</span>
      </Link>
      {requests.length === 0 ? (
        <p className={portalEmpty}>{t("none")}</p>
      ) : (
        <ul className="grid gap-4">
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} locale={locale} />
          ))}
        </ul>
      )}
      {count > requests.length ? <p className="text-base text-ink/80">{t("more", { shown: requests.length, count })}</p> : null}
    </PortalSectionPage>
  )
}
