"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { visiblePath } from "@/lib/util/shop-path"

type Props = { locale: string; target: string; label: string; description: string }

/**
 * Link to the same page in the other language (paths are the same in both; only the prefix
 * changes). A cached page is rendered without its query string, so the link first points at the
 * page alone and gains the query once the browser has it. A plain link: the other language is a
 * whole new page anyway, and next/link in a client component would ship a second copy of itself.
 */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <WithSearch {...props} />
    </Suspense>
  )
}

function WithSearch(props: Props) {
  return <SwitchLink {...props} search={useSearchParams()?.toString() ?? ""} />
}

function SwitchLink({ locale, target, label, description, search }: Props & { search: string }) {
  // On the server a cached page's pathname is its internal one (/en/us/…): visiblePath gives the shopper's.
  const pathname = visiblePath(usePathname() ?? `/${locale}`)
  const rest = pathname.replace(new RegExp(`^/${locale}(?=/|$)`), "")
  const href = `/${target}${rest}${search ? `?${search}` : ""}`
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      title={description}
      className="rounded-md px-2 py-1.5 text-sm font-medium text-ink underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
    >
      {label}
    </a>
  )
}
