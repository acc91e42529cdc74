import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { ui } from "@/modules/common/lib/ui"

/** 404 for an order this browser may not see: say how to find it instead. */
export default async function OrderNotFound() {
  const t = await getTranslations("order")
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="font-serif text-3xl">{t("notFoundTitle")}</h1>
      <p className="mt-4">{t("notFound")}</p>
      <div className="mt-8 flex flex-wrap gap-4">
        <Link href="/account/login" className={ui.secondary}>
          {t("viewAccount")}
        </Link>
        <Link href="/" className={ui.primary}>
          {t("continue")}
        </Link>
      </div>
    </div>
  )
}
