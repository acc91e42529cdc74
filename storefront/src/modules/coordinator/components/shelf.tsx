import { useTranslations } from "next-intl"
import type { ShelfProduct } from "@telar/types"
import type { ShelfNotice } from "../lib/stock-form"
import { portalEmpty } from "../lib/portal-ui"
import { ShelfSync } from "./shelf-sync"
import { StockStepper } from "./stock-stepper"

export type ShelfProps = {
  products: ShelfProduct[]
  /** What the last stepper form posted without the script did. */
  notice: ShelfNotice | null
  /** One per piece, made with the page: the same page's form posted twice changes the stock once. */
  mutationIds: Record<string, string>
}

/** The cooperative's pieces, each with its stepper; an island: the portal's script brings its queue to life. */
export function Shelf({ products, notice, mutationIds }: ShelfProps) {
  const t = useTranslations("portal")
  return (
    <ShelfSync>
      {products.length === 0 ? (
        <p className={portalEmpty}>{t("home.empty")}</p>
      ) : (
        <ul className="grid gap-4">
          {products.map((product) =>
            product.variants.map((variant) => (
              <li
                key={variant.id}
                className="grid gap-3 rounded-xl bg-white p-4 ring-1 ring-ink/10"
                data-testid="shelf-item"
                data-variant-id={variant.id}
              >
                <div className="flex items-start gap-3">
                  {product.thumbnail ? (
                    // biome-ignore lint/performance/noImgElement: small SVG thumbnails served by the backend
                    <img
                      src={product.thumbnail}
                      alt=""
                      width={56}
                      height={56}
                      className="size-14 shrink-0 rounded-md bg-paper object-cover"
                    />
                  ) : null}
                  <div className="min-w-0">
                    <h2 className="text-lg font-semibold text-ink">{variant.label}</h2>
                    <p className="text-sm text-ink/75">{t("shelf.sold", { count: variant.sold_last_30_days })}</p>
                  </div>
                </div>
                <StockStepper
                  variant={variant}
                  label={variant.label}
                  mutationId={mutationIds[variant.id] ?? variant.id}
                  notice={notice?.variant_id === variant.id ? notice : undefined}
                />
              </li>
            ))
          )}
        </ul>
      )}
    </ShelfSync>
  )
}
