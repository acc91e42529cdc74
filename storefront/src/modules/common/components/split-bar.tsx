/** moneySplit's shares as one bar: the cooperative's part in jade over the network's in maize. */
export function SplitBar({ cooperativeShareBps, className }: { cooperativeShareBps: number; className: string }) {
  // A share outside 0–100 % (a price below the producer price) still draws inside the bar.
  const width = Math.min(10000, Math.max(0, cooperativeShareBps)) / 100
  return (
    <div className={`${className} flex h-4 overflow-hidden rounded-full bg-maize`} aria-hidden="true">
      <div className="h-full bg-jade" style={{ width: `${width}%` }} />
    </div>
  )
}
