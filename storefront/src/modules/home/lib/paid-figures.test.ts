import type { Impact } from "@/lib/util/types"
import { paidFigures } from "./paid-figures"

const impact = (amount: number, families_reached: number): Impact => ({
  cooperatives: 2,
  artisans: 3,
  member_families: 59,
  products: 5,
  average_cooperative_share_bps: 4964,
  paid_to_cooperatives: { amount, currency_code: "mxn" },
  families_reached,
})

describe("paidFigures", () => {
  it("formats the centavos paid in the reader's language, with the families reached", () => {
    expect(paidFigures(impact(152525, 42), "en")).toEqual({ paid: "MX$1,525.25", families: 42 })
    expect(paidFigures(impact(152525, 42), "es")).toEqual({ paid: "$1,525.25", families: 42 })
    expect(paidFigures(impact(1, 0), "en")).toEqual({ paid: "MX$0.01", families: 0 })
  })

  it("shows nothing before the first payout is paid, or for an answer without the figures", () => {
    expect(paidFigures(impact(0, 0), "en")).toBeNull()
    const { paid_to_cooperatives, families_reached, ...older } = impact(100, 1)
    expect(paidFigures(older as Impact, "en")).toBeNull()
  })
})
