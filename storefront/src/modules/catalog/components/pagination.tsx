import Link from "next/link"
import { pageWindow } from "@/lib/util/catalog-query"

type Props = {
  page: number
  pages: number
  hrefFor: (page: number) => string
  labels: { nav: string; previous: string; next: string; page: (n: number) => string }
}

const item =
  "inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

export function Pagination({ page, pages, hrefFor, labels }: Props) {
  if (pages <= 1) return null
  return (
    <nav aria-label={labels.nav} className="mt-12 flex justify-center">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} prefetch={false} rel="prev" className={`${item} border-ink/25 hover:bg-ink/5`}>
              <span aria-hidden="true">←&nbsp;</span>
              {labels.previous}
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pages).map((entry, index, entries) =>
          entry === "gap" ? (
            // A gap sits between two page numbers: name it after the page before it.
            <li key={`gap-after-${entries[index - 1]}`} aria-hidden="true" className="px-1 text-ink/70">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link
                href={hrefFor(entry)}
                prefetch={false}
                aria-label={labels.page(entry)}
                aria-current={entry === page ? "page" : undefined}
                className={`${item} ${entry === page ? "border-ink bg-ink font-semibold text-paper" : "border-ink/25 hover:bg-ink/5"}`}
              >
                {entry}
              </Link>
            </li>
          )
        )}
        <li>
          {page < pages ? (
            <Link href={hrefFor(page + 1)} prefetch={false} rel="next" className={`${item} border-ink/25 hover:bg-ink/5`}>
              {labels.next}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
