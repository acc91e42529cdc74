import type { StockState } from "@/lib/util/stock"

type Props = { state: StockState; labels: { soldOut: string; oneOfAKind: string; oneOfAKindDetail: string; low: string; inStock: string } }

export function StockStatus({ state, labels }: Props) {
  switch (state.kind) {
    case "sold_out":
      return (
        <p className="flex items-center gap-2 text-sm font-semibold text-ink">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full bg-ink/50" />
          {labels.soldOut}
        </p>
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
        <p className="flex items-center gap-2 text-sm font-semibold text-clay-dark">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full bg-clay" />
          {labels.low}
        </p>
      )
    default:
      return (
        <p className="flex items-center gap-2 text-sm font-semibold text-jade">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full bg-jade" />
          {labels.inStock}
        </p>
      )
  }
}
