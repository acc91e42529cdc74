import { Suspense } from "react"
import { SearchInput } from "./search-input"

function SearchInputFallback({ id, placeholder }: { id: string; placeholder: string }) {
  return (
    <input
      id={id}
      name="q"
      type="search"
      placeholder={placeholder}
      maxLength={100}
      className="min-w-0 flex-1 rounded-l-md border border-r-0 border-ink/30 bg-white px-3 py-2 text-sm text-ink placeholder:text-ink/70"
    />
  )
}

type Props = {
  locale: string
  label: string
  placeholder: string
  submit: string
  formLabel: string
  className?: string
  /** The field's id: the phone's menu holds a second search box. */
  inputId?: string
}

/** Site search: a GET form to the catalog, so it works before (and without) JavaScript. */
export function SearchBox({ locale, label, placeholder, submit, formLabel, className = "", inputId = "site-search" }: Props) {
  return (
    <form role="search" aria-label={formLabel} action={`/${locale}/store`} method="get" className={`flex ${className}`}>
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <Suspense fallback={<SearchInputFallback id={inputId} placeholder={placeholder} />}>
        <SearchInput id={inputId} placeholder={placeholder} />
      </Suspense>
      <button
        type="submit"
        className="rounded-r-md border border-ink bg-ink px-3 py-2 text-paper hover:bg-ink/85 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="sr-only">{submit}</span>
      </button>
    </form>
  )
}
