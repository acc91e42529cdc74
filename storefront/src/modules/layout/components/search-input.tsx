"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { visiblePath } from "@/lib/util/shop-path"

type Props = { id: string; placeholder: string }

/** The search field; on the catalog it shows the current query so it can be edited. */
export function SearchInput({ id, placeholder }: Props) {
  const pathname = usePathname()
  const params = useSearchParams()
  const current = /^\/[a-z]{2}\/store\/?$/.test(visiblePath(pathname ?? "")) ? (params?.get("q") ?? "") : ""
  return (
    <input
      key={current}
      id={id}
      name="q"
      type="search"
      defaultValue={current}
      placeholder={placeholder}
      autoComplete="off"
      enterKeyHint="search"
      maxLength={100}
      className="min-w-0 flex-1 rounded-l-md border border-r-0 border-ink/30 bg-white px-3 py-2 text-sm text-ink placeholder:text-ink/70 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-indigo"
    />
  )
}
