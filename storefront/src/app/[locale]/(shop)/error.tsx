"use client"

import Link from "next/link"
import { useEffect } from "react"
import { useLocale, useTranslations } from "next-intl"

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("error")
  const locale = useLocale()
  useEffect(() => {
    console.error(error)
  }, [error])
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null
  return (
    <div className="mx-auto max-w-xl px-6 py-20 text-center" role="alert">
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      <p className="mt-3 text-ink/80">{t("body")}</p>
      {digest ? <p className="mt-2 text-xs text-ink/70">{t("reference", { digest })}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-ink px-5 py-2.5 font-semibold text-paper hover:bg-ink/85 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
        >
          {t("retry")}
        </button>
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
