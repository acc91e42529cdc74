import { type VariantStock, variantAvailability } from "@telar/fair-trade"
import { MAX_PER_LINE } from "@/lib/util/stock"

/**
 * The most of a variant one "Add to cart" may take: the units left (the same rule as the cart's),
 * capped at MAX_PER_LINE when stock is untracked or plentiful. null: nothing to choose (sold out,
 * a single unit left, or a one-of-a-kind piece, which is always exactly one).
 */
export function quantityLimit(variant: VariantStock | null | undefined, oneOfAKind = false): number | null {
  if (!variant || oneOfAKind) return null
  const { purchasable, available } = variantAvailability(variant)
  if (!purchasable) return null
  const max = available === null ? MAX_PER_LINE : Math.min(available, MAX_PER_LINE)
  return max >= 2 ? max : null
}

export { boundQuantity, parseQuantity, type StepperInput, stepQuantity } from "./stepper"
