import { setRegion } from "@/lib/data/region-actions"
import type { RegionCode } from "@/lib/util/shop-path"

type Props = {
  locale: string
  current: RegionCode
  label: string
  options: { code: RegionCode; short: string; long: string }[]
}

/** Currency switch: one form, one submit button per region; works without JavaScript. */
export function RegionSwitch({ locale, current, label, options }: Props) {
  return (
    <form action={setRegion} aria-label={label} className="flex rounded-md border border-ink/25 bg-white/60 p-0.5">
      {/* Where to go back if the browser sends no Referer. */}
      <input type="hidden" name="locale" value={locale} />
      {options.map((option) => {
        const active = option.code === current
        return (
          <button
            key={option.code}
            type="submit"
            name="region"
            value={option.code}
            aria-pressed={active}
            title={option.long}
            className={`rounded px-2 py-1 text-xs font-semibold tracking-wide focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo ${
              active ? "bg-ink text-paper" : "text-ink hover:bg-ink/10"
            }`}
          >
            <span aria-hidden="true">{option.short}</span>
            <span className="sr-only">{option.long}</span>
          </button>
        )
      })}
    </form>
  )
}
