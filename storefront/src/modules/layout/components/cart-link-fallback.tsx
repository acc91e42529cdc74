import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** What the header shows while the cart streams in: a plain link to the cart page. */
export default async function CartLinkFallback() {
  const t = await getTranslations("cart")
  return (
    <Link
      href="/cart"
      className="inline-flex items-center gap-2 rounded-md px-3 py-2 font-medium text-ink hover:bg-ink/5 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo"
    >
      {t("button")}
    </Link>
  )
}
