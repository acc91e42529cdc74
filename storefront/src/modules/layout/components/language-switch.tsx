"use client"

import Link from "next/link"
import { usePathname, useSearchParams } from "next/navigation"

type Props = { locale: string; target: string; label: string; description: string }

/** Link to the same page in the other language (paths are the same in both; only the prefix changes). */
export function LanguageSwitch({ locale, target, label, description }: Props) {
  const pathname = usePathname() ?? `/${locale}`
  const search = useSearchParams()?.toString()
  const rest = pathname.replace(new RegExp(`^/${locale}(?=/|$)`), "")
  const href = `/${target}${rest}${search ? `?${search}` : ""}`
  return (
    <Link
      href={href}
      hrefLang={target}
      lang={target}
      title={description}
      prefetch={false}
      className="rounded-md px-2 py-1.5 text-sm font-medium text-ink underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
    >
      {label}
    </Link>
  )
}
