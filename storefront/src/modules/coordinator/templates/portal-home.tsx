import { getTranslations } from "next-intl/server"
import Link from "next/link"
import { redirect } from "next/navigation"
import { coordinatorLogout, loadPortal, loadShelfNotice } from "@/lib/data/coordinator"
import { portalPath } from "@/lib/util/portal"
import { PortalWorker } from "../components/portal-worker"
import { ShelfSync } from "../components/shelf-sync"
import { StockStepper } from "../components/stock-stepper"
import { PORTAL_SECTIONS, portalButton, portalButtonQuiet, portalEmpty } from "../lib/portal-ui"

/** The cooperative's shelf: every piece with its stock, what orders hold and what sold lately. */
export async function PortalHome({ locale }: { locale: string }) {
  const [portal, notice] = await Promise.all([loadPortal(), loadShelfNotice()])
  if (!portal) redirect(portalPath(locale, "login"))
  const t = await getTranslations({ locale, namespace: "portal" })
  const { me, products } = portal
  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-6">
      <header className="grid gap-1">
        <p className="text-lg text-ink/80">{t("home.hello", { name: me.name })}</p>
        <h1 className="font-serif text-3xl font-semibold text-ink">{me.cooperative.name}</h1>
        <p className="text-base text-ink/80">{t("home.intro")}</p>
      </header>
      {PORTAL_SECTIONS.map((section) => (
        <Link
          key={section}
          href={portalPath(locale, section)}
          className={section === "orders" ? portalButton : portalButtonQuiet}
          data-testid={`portal-${section}-link`}
        >
          {t(`${section}.link`)}
          <span aria-hidden="true">→</span>
        </Link>
      ))}
      <PortalWorker />
      <ShelfSync>
        {products.length === 0 ? (
          <p className={portalEmpty}>{t("home.empty")}</p>
        ) : (
          <ul className="grid gap-4">
            {products.map((product) =>
              product.variants.map((variant) => {
                const label = variant.label
                return (
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
                        <h2 className="text-lg font-semibold text-ink">{label}</h2>
                        <p className="text-sm text-ink/75">{t("shelf.sold", { count: variant.sold_last_30_days })}</p>
                      </div>
                    </div>
                    <StockStepper
                      variant={variant}
                      label={label}
                      mutationId={crypto.randomUUID()}
                      notice={notice?.variant_id === variant.id ? notice : undefined}
                    />
                  </li>
                )
              })
            )}
          </ul>
        )}
      </ShelfSync>
      <form action={coordinatorLogout}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="text-base font-semibold text-indigo underline underline-offset-4">
          {t("home.logout")}
        </button>
      </form>
    </div>
  )
}
