import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()])
  return (
    <div className="mx-auto max-w-xl px-6 py-20 text-center">
      <p className="font-serif text-6xl text-clay-dark" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      <p className="mt-3 text-ink/80">{t("body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href={`/${locale}/store`}
          className="rounded-md bg-ink px-5 py-2.5 font-semibold text-paper hover:bg-ink/85 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
        >
          {t("shop")}
        </Link>
        <Link
          href={`/${locale}`}
          className="rounded-md border border-ink px-5 py-2.5 font-semibold text-ink hover:bg-ink/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
        >
          {t("home")}
        </Link>
      </div>
    </div>
  )
}
