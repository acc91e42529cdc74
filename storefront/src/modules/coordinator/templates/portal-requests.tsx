import type { PortalRequests as PortalRequestsData } from "@/lib/data/coordinator-pages"
import { portalPath } from "@/lib/util/portal"
import { PortalSectionPage } from "../components/portal-page"
import { RequestCard } from "../components/request-card"
import { portalButton, portalEmpty } from "../lib/portal-ui"
import { portalWords } from "../render/words"

/** The cooperative's proposed pieces, newest first, each with where it stands. */
export function PortalRequests({ locale, sent, portal }: { locale: string; sent: boolean; portal: PortalRequestsData }) {
  const t = portalWords(locale, "portal.requests")
  const { me, requests, count } = portal
  return (
    <PortalSectionPage locale={locale} section="requests" cooperative={me.cooperative.name}>
      {sent ? (
        <p role="status" className="rounded-lg bg-jade/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="request-sent">
          {t("sent")}
        </p>
      ) : null}
      <a href={portalPath(locale, "newRequest")} className={portalButton} data-testid="request-new">
        {t("new")}
        <span aria-hidden="true">+</span>
      </a>
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
