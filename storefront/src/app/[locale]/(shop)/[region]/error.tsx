"use client"

import { useParams } from "next/navigation"
import { useEffect } from "react"
import { useErrorStrings } from "@/modules/layout/components/error-strings"
import { PageMessage, pageMessageButton } from "@/modules/common/components/page-message"

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  // Worded on the server by the shop's layout: no message formatter in the browser.
  const strings = useErrorStrings()
  const locale = useParams<{ locale?: string }>()?.locale === "es" ? "es" : "en"
  useEffect(() => {
    console.error(error)
  }, [error])
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null
  return (
    <PageMessage
      role="alert"
      title={strings.title}
      body={strings.body}
      note={digest ? strings.reference.replace("{digest}", digest) : null}
    >
      <button type="button" onClick={() => retry()} className={pageMessageButton.solid}>
        {strings.retry}
      </button>
      {/* A full load: a fresh start after an error, and no second next/link in the first-load bundle. */}
      <a href={`/${locale}`} className={pageMessageButton.outline}>
        {strings.home}
      </a>
    </PageMessage>
  )
}
