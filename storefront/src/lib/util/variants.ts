/**
 * Variant selection for the product page. The chosen variant lives in the URL (?v=<id>), so the
 * picker is plain links rendered on the server.
 */
import { variantAvailability } from "@telar/fair-trade"
import { isPlaceholderName } from "@telar/types"

export type VariantLike = {
  id: string
  options?: { option_id?: string | null; value: string }[] | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export type OptionLike = {
  id: string
  title: string
  values?: { value: string }[] | null
}

export type PickerValue = {
  value: string
  /** The variant this button selects. */
  variantId: string
  selected: boolean
  available: boolean
}

export type PickerOption = { id: string; title: string; values: PickerValue[] }

export function isVariantAvailable(variant: VariantLike): boolean {
  return variantAvailability(variant).purchasable
}

/** The requested variant if it exists, else the first available one, else the first. */
export function selectVariant<V extends VariantLike>(variants: V[], requestedId?: string | null): V | undefined {
  if (requestedId) {
    const requested = variants.find((variant) => variant.id === requestedId)
    if (requested) return requested
  }
  return variants.find(isVariantAvailable) ?? variants[0]
}

function optionValueOf(variant: VariantLike, optionId: string): string | undefined {
  return variant.options?.find((option) => option.option_id === optionId)?.value
}

// Medusa's placeholder names for a piece without choices: one rule for the shop, staff and mails.
export { isPlaceholderName }

/** Seeded single-variant products carry a "Default" option that should not be shown. */
export function hasRealOptions(options: OptionLike[], variants: VariantLike[]): boolean {
  if (variants.length > 1) return true
  return options.some((option) => !isPlaceholderName(option.title) && (option.values?.length ?? 0) > 1)
}

/**
 * One row of buttons per option. Each value links to the variant that keeps the other options
 * as they are, or, if that combination does not exist, to any variant with that value.
 */
export function buildPicker(options: OptionLike[], variants: VariantLike[], selected: VariantLike): PickerOption[] {
  return options.map((option) => {
    const values = option.values?.length
      ? option.values.map((entry) => entry.value)
      : [...new Set(variants.map((variant) => optionValueOf(variant, option.id)).filter((value): value is string => Boolean(value)))]
    return {
      id: option.id,
      title: option.title,
      values: values.flatMap((value) => {
        const withValue = variants.filter((variant) => optionValueOf(variant, option.id) === value)
        if (!withValue.length) return []
        const exact = withValue.find((variant) =>
          options.every((other) => other.id === option.id || optionValueOf(variant, other.id) === optionValueOf(selected, other.id))
        )
        const target = exact ?? withValue.find(isVariantAvailable) ?? withValue[0]
        return [
          {
            value,
            variantId: target.id,
            selected: optionValueOf(selected, option.id) === value,
            available: isVariantAvailable(target),
          },
        ]
      }),
    }
  })
}
