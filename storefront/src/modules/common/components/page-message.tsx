import type { ReactNode } from "react"

export const pageMessageButton = {
  solid:
    "rounded-md bg-ink px-5 py-2.5 font-semibold text-paper hover:bg-ink/85 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo",
  outline:
    "rounded-md border border-ink px-5 py-2.5 font-semibold text-ink hover:bg-ink/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo",
}

/** A whole-page message (not found, something broke): a heading, a sentence and where to go next. */
export function PageMessage({
  eyebrow,
  title,
  body,
  note,
  role,
  children,
}: {
  eyebrow?: string
  title: string
  body: string
  note?: string | null
  role?: "alert"
  children: ReactNode
}) {
  return (
    <div className="mx-auto max-w-xl px-6 py-20 text-center" role={role}>
      {eyebrow ? (
        <p className="mb-4 font-serif text-6xl text-clay-dark" aria-hidden="true">
          {eyebrow}
        </p>
      ) : null}
      <h1 className="font-serif text-3xl font-semibold text-ink">{title}</h1>
      <p className="mt-3 text-ink/80">{body}</p>
      {note ? <p className="mt-2 text-xs text-ink/70">{note}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">{children}</div>
    </div>
  )
}
