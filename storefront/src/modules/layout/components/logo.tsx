/** Telar's mark: a small backstrap-loom diamond (the brocade motif) and the wordmark. */
export function Logo({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28" className="shrink-0">
        <rect width="28" height="28" rx="6" className="fill-clay-dark" />
        <path d="M14 4 24 14 14 24 4 14Z" className="fill-none stroke-maize" strokeWidth="2.5" />
        <path d="M14 9.5 18.5 14 14 18.5 9.5 14Z" className="fill-paper" />
      </svg>
      <span className="font-serif text-2xl font-semibold tracking-tight text-ink">{label}</span>
    </span>
  )
}
