import Link from "next/link"
import type { PickerOption } from "@/lib/util/variants"

type Props = { options: PickerOption[]; hrefFor: (variantId: string) => string; soldOutLabel: string }

/** Option buttons as links (?v=<variant>): server-rendered, no client JavaScript. */
export function VariantPicker({ options, hrefFor, soldOutLabel }: Props) {
  return (
    <div className="space-y-4">
      {options.map((option) => {
        const selected = option.values.find((value) => value.selected)
        const labelId = `option-${option.id}`
        return (
          <div key={option.id} role="group" aria-labelledby={labelId}>
            <p id={labelId} className="text-sm font-semibold text-ink">
              {option.title}
              {selected ? <span className="font-normal text-ink/80">: {selected.value}</span> : null}
            </p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {option.values.map((value) => (
                <li key={value.value}>
                  <Link
                    href={hrefFor(value.variantId)}
                    replace
                    scroll={false}
                    prefetch={false}
                    aria-current={value.selected ? "true" : undefined}
                    className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-4 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo ${
                      value.selected ? "border-ink bg-ink font-semibold text-paper" : "border-ink/30 bg-white text-ink hover:border-ink"
                    } ${value.available ? "" : "line-through decoration-1"}`}
                  >
                    {value.value}
                    {value.available ? null : <span className="sr-only"> ({soldOutLabel})</span>}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </div>
  )
}
