import type { ProductRequest } from "@telar/types"
import { formatMoney } from "@/lib/util/money"
import { portalPath } from "@/lib/util/portal"
import { portalLink } from "../lib/portal-ui"
import { portalFormatter, portalWords } from "../render/words"

const BADGE: Record<ProductRequest["status"], string> = {
  pending: "bg-ink/10 text-ink",
  returned: "bg-clay/20 text-ink",
  approved: "bg-green-800 text-paper",
}

/** One proposed piece: where it stands, what the Telar team said, and the next step. */
export function RequestCard({ request, locale }: { request: ProductRequest; locale: string }) {
  const t = portalWords(locale, "portal.requests")
  const format = portalFormatter(locale)
  const cover = request.photos[0]
  return (
    <li
      className="grid gap-3 rounded-xl bg-white p-4 ring-1 ring-ink/10"
      data-testid="request-card"
      data-request-id={request.id}
      data-status={request.status}
    >
      <div className="flex items-start gap-3">
        {cover ? (
          // biome-ignore lint/performance/noImgElement: the backend's resized photo
          <img
            src={cover.url}
            alt={t("photoAlt", { title: request.title_es })}
            width={72}
            height={72}
            className="size-18 shrink-0 rounded-md bg-paper object-cover"
          />
        ) : null}
        <div className="grid min-w-0 gap-1">
          <h2 className="text-lg font-semibold text-ink">{request.title_es}</h2>
          <p>
            <span
              className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${BADGE[request.status]}`}
              data-testid="request-status"
            >
              {t(`status.${request.status}`)}
            </span>
          </p>
          <p className="text-sm text-ink/75">
            {t("sentOn", { date: format.dateTime(new Date(request.created_at), { dateStyle: "long" }) })}
          </p>
          <p className="text-sm text-ink/75">
            {t("asks", { price: formatMoney(request.producer_price.amount, request.producer_price.currency_code, locale) })} ·{" "}
            {t("stock", { count: request.stock })}
          </p>
        </div>
      </div>
      {request.status === "returned" && request.staff_comment ? (
        <div className="grid gap-2 rounded-lg bg-clay/10 p-3">
          <p className="text-base font-semibold text-ink">{t("comment")}</p>
          <p className="whitespace-pre-line text-base text-ink" data-testid="request-comment">
            {request.staff_comment}
          </p>
          <a href={`${portalPath(locale, "newRequest")}?from=${request.id}`} className={portalLink} data-testid="request-change">
            {t("change")}
          </a>
        </div>
      ) : null}
      {request.status === "approved" && request.product?.handle ? (
        <a href={`/${locale}/products/${request.product.handle}`} className={portalLink} data-testid="request-product">
          {t("see")}
        </a>
      ) : null}
    </li>
  )
}
