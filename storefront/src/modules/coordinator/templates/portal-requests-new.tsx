import type { CoordinatorProfile, ProductRequest } from "@telar/types"
import { Island } from "../render/document"
import { portalPath } from "@/lib/util/portal"
import { PortalPageHeader } from "../components/portal-page"
import { RequestForm } from "../components/request-form"
import { portalWords } from "../render/words"

/** Proposing a new piece, or (`from`) changing one the Telar team returned and sending it again. */
type Loaded = { me: CoordinatorProfile; request: ProductRequest | null }

export function PortalRequestsNew({ locale, from, loaded }: { locale: string; from?: string; loaded: Loaded }) {
  const t = portalWords(locale, "portal.requestForm")
  const returned = loaded.request
  const changing = Boolean(from)
  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-6">
      <PortalPageHeader
        backHref={portalPath(locale, "requests")}
        backLabel={t("back")}
        cooperative={loaded.me.cooperative.name}
        title={changing ? t("titleChange") : t("titleNew")}
        intro={t("intro")}
      />
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
          <Island name="request-form" props={{ locale, returned: returned ?? undefined }}>
            <RequestForm locale={locale} returned={returned ?? undefined} />
          </Island>
        </>
      )}
    </div>
  )
}
