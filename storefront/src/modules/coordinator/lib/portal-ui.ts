/** A link as easy to hit as a button: the portal is used on phones, often outdoors. */
export const portalLink =
  "inline-block rounded-md py-3 text-lg font-semibold text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

/** The page's main way on, a full-width tap target. */
export const portalButton =
  "flex min-h-14 items-center justify-between gap-3 rounded-xl bg-ink px-4 py-3 text-lg font-semibold text-paper focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

/** The other ways on: as big as the main one, lighter so the main one stands out. */
export const portalButtonQuiet =
  "flex min-h-14 items-center justify-between gap-3 rounded-xl bg-white px-4 py-3 text-lg font-semibold text-ink ring-2 ring-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

/** What a list says when it has nothing to show yet. */
export const portalEmpty = "rounded-lg bg-white p-4 text-lg text-ink ring-1 ring-ink/10"

/** The portal's pages reached from the shelf, orders first: parcels waiting to be packed are the day's first job. */
export const PORTAL_SECTIONS = ["orders", "requests", "payments"] as const
export type PortalSection = (typeof PORTAL_SECTIONS)[number]
