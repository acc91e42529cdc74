import { type IntentState, planMedusaRecord, planParcelCapture } from "../parcel-capture"

// An order of 125.57 USD: parcel A 50.88, parcel B 74.69 (shares rounded once each).
const authorized = (over: Partial<IntentState> = {}): IntentState => ({
  status: "requires_capture",
  amount: 12557,
  amount_received: 0,
  amount_capturable: 12557,
  multicapture: true,
  ...over,
})

describe("planParcelCapture", () => {
  it("takes only the first parcel's share while others wait, keeping the rest capturable", () => {
    expect(planParcelCapture({ owed: 5088, all_shipped: false, intent: authorized() })).toEqual({
      capture: { amount_to_capture: 5088, final_capture: false },
      covers: "parcels",
    })
  })

  it("lets the last parcel take exactly what is left, whatever the shares' rounding", () => {
    const afterA = authorized({ amount_received: 5088, amount_capturable: 7469 })
    // Shares that round to one centavo more than the authorization still capture only what is left.
    expect(planParcelCapture({ owed: 12558, all_shipped: true, intent: afterA })).toEqual({
      capture: { amount_to_capture: 7469, final_capture: true },
      covers: "parcels",
    })
  })

  it("captures the whole authorization for a one-parcel order", () => {
    expect(planParcelCapture({ owed: 12557, all_shipped: true, intent: authorized() })).toEqual({
      capture: { amount_to_capture: 12557, final_capture: true },
      covers: "parcels",
    })
  })

  it.each([
    ["the same parcel shipped again", 5088, authorized({ amount_received: 5088, amount_capturable: 7469 })],
    ["a parcel already paid by an earlier, larger capture", 3000, authorized({ amount_received: 5088, amount_capturable: 7469 })],
  ])("plans nothing for %s", (_case, owed, intent) => {
    expect(planParcelCapture({ owed, all_shipped: false, intent })).toEqual({ capture: null, reason: "nothing_owed" })
  })

  it.each([
    ["succeeded", authorized({ status: "succeeded", amount_received: 12557, amount_capturable: 0 })],
    ["canceled", authorized({ status: "canceled", amount_capturable: 0 })],
  ])("plans nothing once the intent is %s", (_status, intent) => {
    expect(planParcelCapture({ owed: 12557, all_shipped: true, intent })).toEqual({ capture: null, reason: "not_capturable" })
  })

  it("takes the whole order at the first parcel when the card allows one capture only", () => {
    expect(planParcelCapture({ owed: 5088, all_shipped: false, intent: authorized({ multicapture: false }) })).toEqual({
      capture: { amount_to_capture: 12557, final_capture: true },
      covers: "order",
    })
  })

  it("makes a capture that reaches the whole authorization final", () => {
    const afterA = authorized({ amount_received: 5088, amount_capturable: 7469 })
    expect(planParcelCapture({ owed: 12557, all_shipped: false, intent: afterA })).toEqual({
      capture: { amount_to_capture: 7469, final_capture: true },
      covers: "parcels",
    })
  })
})

describe("planMedusaRecord", () => {
  it("records what Stripe took beyond Medusa's captures", () => {
    expect(planMedusaRecord({ stripe_received: 5088, stripe_amount: 12557, medusa_captured: 0, medusa_fully_captured: false })).toEqual({
      kind: "amount",
      amount: 5088,
    })
  })

  it("records the remainder once Stripe took the whole authorization", () => {
    expect(planMedusaRecord({ stripe_received: 12557, stripe_amount: 12557, medusa_captured: 5088, medusa_fully_captured: false })).toEqual(
      {
        kind: "remainder",
      }
    )
  })

  it.each([
    [
      "Medusa already says fully captured",
      { stripe_received: 12557, stripe_amount: 12557, medusa_captured: 12557, medusa_fully_captured: true },
    ],
    [
      "Medusa already has Stripe's partial captures",
      { stripe_received: 5088, stripe_amount: 12557, medusa_captured: 5088, medusa_fully_captured: false },
    ],
  ])("records nothing when %s", (_case, input) => {
    expect(planMedusaRecord(input)).toBeNull()
  })
})
