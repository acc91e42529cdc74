import { staffChangeRefusal } from "../staff-changes"

describe("staff's returns, claims and exchanges", () => {
  it("are refused while a parcel waits to ship on a card hold, naming the parcels", () => {
    expect(staffChangeRefusal({ order_number: "12", unshipped: ["Alfareras", "Tejedoras"], payment_settled: false }, "claim")).toBe(
      "Ship every parcel of order #12 before creating a claim (not shipped yet: Alfareras, Tejedoras). Until then the card still holds their payment, and Medusa would cancel that hold when the claim is confirmed, so they would ship unpaid."
    )
  })

  it("are refused when every parcel shipped but the card is not charged in full", () => {
    expect(staffChangeRefusal({ order_number: "12", unshipped: [], payment_settled: false }, "exchange")).toMatch(
      /^The card payment of order #12 is not fully captured yet: capture the rest of it in the order's Payments section before creating an exchange\./
    )
  })

  it("are allowed once the card is charged in full, parcels shipped or not", () => {
    expect(staffChangeRefusal({ order_number: "12", unshipped: [], payment_settled: true }, "return")).toBeNull()
    expect(staffChangeRefusal({ order_number: "12", unshipped: ["Alfareras"], payment_settled: true }, "return")).toBeNull()
  })
})
