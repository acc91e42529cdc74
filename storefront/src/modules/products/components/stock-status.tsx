import type { StockState } from "@/lib/util/stock"

type Props = { state: StockState; labels: { soldOut: string; oneOfAKind: string; oneOfAKindDetail: string; low: string; inStock: string } }

/** A stock state in one line, led by a dot in its colour. */
function StatusLine({ text, dot, children }: { text: string; dot: string; children: string }) {
  return (
    <p className={`flex items-center gap-2 text-sm font-semibold ${text}`}>
      <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${dot}`} />
      {children}
    </p>
  )
}

export function StockStatus({ state, labels }: Props) {
  switch (state.kind) {
    case "sold_out":
      return (
        <StatusLine text="text-ink" dot="bg-ink/50">
          {labels.soldOut}
        </StatusLine>
      )
    case "one_of_a_kind":
      return (
        <p className="flex items-start gap-2 text-sm">
          <span aria-hidden="true" className="mt-1.5 inline-block size-2.5 shrink-0 rounded-full bg-maize ring-2 ring-maize/40" />
          <span>
            <span className="font-semibold text-ink">{labels.oneOfAKind}</span>
            <span className="text-ink/80"> — {labels.oneOfAKindDetail}</span>
          </span>
        </p>
      )
    case "low":
      return (
        <StatusLine text="text-clay-dark" dot="bg-clay">
          {labels.low}
        </StatusLine>
      )
    default:
      return (
        <StatusLine text="text-jade" dot="bg-jade">
          {labels.inStock}
        </StatusLine>
      )
  }
}
