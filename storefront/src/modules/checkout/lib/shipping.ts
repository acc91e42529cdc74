import type { CooperativeRef } from "@/lib/util/line-items"
import { amountToMinor } from "@/lib/util/money"

export type Speed = "standard" | "express"
const SPEEDS: readonly Speed[] = ["standard", "express"]

export type PlanOption = {
  id: string
  speed: Speed
  name: string
  /** Decimal string in major units, e.g. "12.00". */
  amount: string
  currency_code: string
  insufficient_inventory?: boolean
}

export type PlanGroup = { cooperative: CooperativeRef | null; item_ids: string[]; options: PlanOption[] }

export type ShippingPlan = { speeds: Speed[]; groups: PlanGroup[] }

export function isSpeed(value: unknown): value is Speed {
  return value === "standard" || value === "express"
}

export type SpeedQuote = {
  speed: Speed
  /** Every cooperative parcel can go at this speed. */
  available: boolean
  /** Sum over parcels, in minor units (only meaningful when available). */
  amount: number
  currency: string
  parcels: Array<{ cooperative: CooperativeRef | null; option: PlanOption | null }>
}

/**
 * What each speed costs in total, parcel by parcel. A speed is available when every parcel has
 * an option of it. `insufficient_inventory` is not used to refuse a speed: Medusa computes it
 * against the whole cart, not the parcel, and stock is checked (and enforced) separately by the
 * availability route before any payment.
 */
export function quoteSpeeds(plan: ShippingPlan, currency: string): SpeedQuote[] {
  const speeds = plan.speeds?.length ? plan.speeds.filter(isSpeed) : [...SPEEDS]
  return speeds.map((speed) => {
    const parcels = plan.groups.map((group) => ({
      cooperative: group.cooperative,
      option: group.options.find((option) => option.speed === speed) ?? null,
    }))
    const available = parcels.length > 0 && parcels.every((parcel) => parcel.option)
    const code = parcels.find((parcel) => parcel.option)?.option?.currency_code ?? currency
    const amount = parcels.reduce((sum, parcel) => sum + (parcel.option ? amountToMinor(parcel.option.amount, code) : 0), 0)
    return { speed, available, amount, currency: code, parcels }
  })
}

/**
 * The speed the cart is set to, when every parcel has a shipping method of that speed;
 * null when none (or a mix left over from an older cart) is set.
 */
export function selectedSpeed(
  plan: ShippingPlan,
  methods: ReadonlyArray<{ shipping_option_id?: string | null }> | null | undefined
): Speed | null {
  const chosen = new Set((methods ?? []).map((method) => method.shipping_option_id).filter(Boolean) as string[])
  if (!chosen.size || !plan.groups.length) return null
  for (const speed of SPEEDS) {
    const complete = plan.groups.every((group) => group.options.some((option) => option.speed === speed && chosen.has(option.id)))
    if (complete) return speed
  }
  return null
}
