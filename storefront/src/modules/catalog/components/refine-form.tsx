import type { CatalogQuery } from "@/lib/util/catalog-query"

type Props = {
  locale: string
  query: CatalogQuery
  currency: string
  placeholder: { min?: string; max?: string }
  labels: { title: string; min: string; max: string; inStock: string; apply: string; currencyNote: string }
}

const input =
  "w-full rounded-md border border-ink/30 bg-white px-2 py-1.5 text-sm text-ink placeholder:text-ink/70 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-indigo"

type BoundProps = { name: "min_price" | "max_price"; label: string; currency: string; value?: string; placeholder?: string }

/** One end of the price range: a decimal amount in the shown currency. */
function PriceBound({ name, label, currency, value, placeholder }: BoundProps) {
  return (
    <div className="flex-1">
      <label htmlFor={name} className="block text-xs font-medium text-ink/80">
        {label} ({currency.toUpperCase()})
      </label>
      <input
        id={name}
        name={name}
        inputMode="decimal"
        pattern="[0-9]+([.,][0-9]{1,2})?"
        defaultValue={value}
        placeholder={placeholder}
        className={input}
      />
    </div>
  )
}

/** Price range and availability: a GET form that carries the rest of the catalog state along. */
export function RefineForm({ locale, query, currency, placeholder, labels }: Props) {
  const carried: [string, string | undefined][] = [
    ["q", query.q],
    ["category", query.category],
    ["cooperative", query.cooperative],
    ["technique", query.technique],
    ["sort", query.sort === "featured" ? undefined : query.sort],
  ]
  return (
    <form action={`/${locale}/store`} method="get" className="border-t border-ink/10 py-4" aria-labelledby="refine-heading">
      <h3 id="refine-heading" className="mb-2 text-sm font-semibold tracking-wider text-ink/80 uppercase">
        {labels.title}
      </h3>
      {carried.map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <fieldset>
        <legend className="sr-only">{labels.currencyNote}</legend>
        <div className="flex items-end gap-2">
          <PriceBound name="min_price" label={labels.min} currency={currency} value={query.min_price} placeholder={placeholder.min} />
          <span aria-hidden="true" className="pb-2 text-ink/70">
            –
          </span>
          <PriceBound name="max_price" label={labels.max} currency={currency} value={query.max_price} placeholder={placeholder.max} />
        </div>
      </fieldset>
      <div className="mt-3 flex items-center gap-2">
        <input
          id="in_stock"
          type="checkbox"
          name="in_stock"
          value="true"
          defaultChecked={query.in_stock}
          className="size-4 accent-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
        />
        <label htmlFor="in_stock" className="text-sm text-ink">
          {labels.inStock}
        </label>
      </div>
      <button
        type="submit"
        className="mt-3 w-full rounded-md bg-ink px-3 py-2 text-sm font-semibold text-paper hover:bg-ink/85 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
      >
        {labels.apply}
      </button>
    </form>
  )
}
