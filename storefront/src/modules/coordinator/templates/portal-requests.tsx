import { getTranslations } from "next-intl/server"
import Link from "next/link"
import { redirect } from "next/navigation"
import { loadPortalRequests } from "@/lib/data/coordinator"
import { portalPath } from "@/lib/util/portal"
import { PortalWorker } from "../components/portal-worker"
import { RequestCard } from "../components/request-card"
import { portalLink } from "../lib/portal-ui"

/** The cooperative's proposed pieces, newest first, each with where it stands. */
export async function PortalRequests({ locale, sent }: { locale: string; sent: boolean }) {
  const portal = await loadPortalRequests()
  if (!portal) redirect(portalPath(locale, "login"))
  const t = await getTranslations({ locale, namespace: "portal.requests" })
  const { me, requests, count } = portal
  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-6">
      <header className="grid gap-1">
        <Link href={portalPath(locale, "home")} className={portalLink}>
          ← {t("shelfLink")}
        </Link>
        <p className="text-lg text-ink/80">{me.cooperative.name}</p>
        <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-base text-ink/80">{t("intro")}</p>
      </header>
      <PortalWorker />
      {sent ? (
        <p role="status" className="rounded-lg bg-jade/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="request-sent">
          {t("sent")}
        </p>
      ) : null}
      <Link
        href={portalPath(locale, "newRequest")}
        className="flex min-h-14 items-center justify-between gap-3 rounded-xl bg-ink px-4 py-3 text-lg font-semibold text-paper focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
        data-testid="request-new"
      >
        {t("new")}
        <span aria-hidden="true">+</span>
      </Link>
      {requests.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-lg text-ink ring-1 ring-ink/10">{t("none")}</p>
      ) : (
        <ul className="grid gap-4">
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} locale={locale} />
          ))}
        </ul>
      )}
      {count > requests.length ? <p className="text-base text-ink/80">{t("more", { shown: requests.length, count })}</p> : null}
    </div>
  )
}
