"use client"

import Link from "next/link"
import { useEffect } from "react"
import { useLocale, useTranslations } from "next-intl"
import { PageMessage, pageMessageButton } from "@/modules/common/components/page-message"

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("error")
  const locale = useLocale()
  useEffect(() => {
    console.error(error)
  }, [error])
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null
  return (
    <PageMessage role="alert" title={t("title")} body={t("body")} note={digest ? t("reference", { digest }) : null}>
      <button type="button" onClick={() => retry()} className={pageMessageButton.solid}>
        {t("retry")}
      </button>
      <Link href={`/${locale}`} className={pageMessageButton.outline}>
        {t("home")}
      </Link>
    </PageMessage>
  )
}
