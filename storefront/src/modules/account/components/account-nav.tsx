import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { logout } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"

const LINKS = [
  { href: "/account", key: "overview" },
  { href: "/account/orders", key: "orders" },
  { href: "/account/addresses", key: "addresses" },
] as const

/** Account sections plus sign-out (a form, so it works without JavaScript). */
export default async function AccountNav({ locale, current }: { locale: string; current: "overview" | "orders" | "addresses" }) {
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <nav aria-label={t("nav")} className="flex flex-wrap items-center gap-2 border-b border-ink/15 pb-4">
      {LINKS.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          aria-current={current === link.key ? "page" : undefined}
          className={`rounded-md px-3 py-2 font-medium hover:bg-ink/5 focus-visible:outline-3 focus-visible:outline-indigo ${
            current === link.key ? "bg-ink/10 text-ink" : "text-clay-dark"
          }`}
        >
          {t(link.key)}
        </Link>
      ))}
      <form action={logout} className="ml-auto">
        <button type="submit" className={ui.secondary} data-testid="logout">
          {t("logout")}
        </button>
      </form>
    </nav>
  )
}
