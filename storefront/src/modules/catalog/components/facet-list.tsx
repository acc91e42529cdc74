import Link from "next/link"

export type FacetLink = { key: string; label: string; count: number; href: string; active: boolean }

type Props = {
  id: string
  title: string
  links: FacetLink[]
  allLabel: string
  allHref: string
  anyActive: boolean
  visible?: number
  moreLabel?: string
}

const linkBase =
  "flex items-baseline justify-between gap-2 rounded px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo"

function FacetItem({ link }: { link: FacetLink }) {
  return (
    <li>
      <Link
        href={link.href}
        scroll={false}
        prefetch={false}
        aria-current={link.active ? "true" : undefined}
        className={`${linkBase} ${link.active ? "bg-ink font-semibold text-paper" : "text-ink hover:bg-ink/5 hover:underline underline-offset-4"}`}
      >
        <span>{link.label}</span>
        <span className={`text-xs tabular-nums ${link.active ? "text-paper/90" : "text-ink/70"}`}>{link.count}</span>
      </Link>
    </li>
  )
}

/** One facet as plain links: choosing a value filters, choosing it again (or "All") clears it. */
export function FacetList({ id, title, links, allLabel, allHref, anyActive, visible = 12, moreLabel }: Props) {
  if (!links.length) return null
  // Without a "more" control every value is listed: a facet never hides values it cannot reveal.
  const cut = moreLabel ? visible : links.length
  const shown = links.slice(0, cut)
  const rest = links.slice(cut)
  // Keep the active value visible even when it sits past the cut.
  const activeHidden = rest.find((link) => link.active)
  return (
    <section aria-labelledby={id} className="border-t border-ink/10 py-4">
      <h3 id={id} className="mb-2 text-sm font-semibold tracking-wider text-ink/80 uppercase">
        {title}
      </h3>
      <ul className="space-y-0.5">
        <li>
          <Link
            href={allHref}
            scroll={false}
            prefetch={false}
            aria-current={anyActive ? undefined : "true"}
            className={`${linkBase} ${anyActive ? "text-ink hover:bg-ink/5 hover:underline underline-offset-4" : "font-semibold text-ink underline underline-offset-4"}`}
          >
            {allLabel}
          </Link>
        </li>
        {shown.map((link) => (
          <FacetItem key={link.key} link={link} />
        ))}
        {activeHidden ? <FacetItem link={activeHidden} /> : null}
      </ul>
      {rest.length && moreLabel ? (
        <details className="mt-1">
          <summary className="cursor-pointer rounded px-2 py-1 text-sm font-medium text-indigo underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-indigo">
            {moreLabel}
          </summary>
          <ul className="mt-1 space-y-0.5">
            {rest
              .filter((link) => !link.active)
              .map((link) => (
                <FacetItem key={link.key} link={link} />
              ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}
