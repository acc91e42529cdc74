import { isPlaceholderName } from "./variants"

/**
 * The parts of a cart or order line that name its variant: the values of the variant's options
 * and the product's option names (CART_QUERY and ORDER_FIELDS ask for them; the backend
 * translates them into the shopper's language), and the line's own copy of the variant title.
 */
export type LineWithOptions = {
  variant_title?: string | null
  variant?: { options?: { option_id?: string | null; value: string }[] | null } | null
  product?: { options?: { id: string; title: string }[] | null } | null
}

/** One thing a line says about its variant: "Size" and "M", or a bare variant title (name null). */
export type LineOption = { name: string | null; value: string }

/**
 * Each option's name and value; the variant title alone when the options did not come with the
 * line (a deleted variant, an older query); nothing for a piece without real options.
 */
export function lineOptions(line: LineWithOptions): LineOption[] {
  const names = new Map((line.product?.options ?? []).map((option) => [option.id, option.title]))
  const values = line.variant?.options ?? []
  const named = values.flatMap((value) => {
    const name = value.option_id ? names.get(value.option_id) : undefined
    return name ? [{ name, value: value.value }] : []
  })
  if (values.length && named.length === values.length) {
    return named.filter((option) => !isPlaceholderName(option.name))
  }
  const title = line.variant_title?.trim()
  return title && !isPlaceholderName(title) ? [{ name: null, value: title }] : []
}

/** The line's options as one phrase ("Color: Café · Talla: M"), worded by the caller's messages. */
export function lineOptionsText(
  line: LineWithOptions,
  words: { option: (name: string, value: string) => string; variant: (value: string) => string }
): string | null {
  const parts = lineOptions(line).map((option) => (option.name ? words.option(option.name, option.value) : words.variant(option.value)))
  return parts.length ? parts.join(" · ") : null
}
