import { quoteSpeeds, selectedSpeed, type ShippingPlan } from "./shipping"

const plan: ShippingPlan = {
  speeds: ["standard", "express"],
  groups: [
    {
      cooperative: { id: "c1", handle: "tunim-chij", name: "Tunim Chij" },
      item_ids: ["l1"],
      options: [
        { id: "so_std_1", speed: "standard", name: "Standard", amount: "12.00", currency_code: "usd" },
        { id: "so_exp_1", speed: "express", name: "Express", amount: "29.50", currency_code: "usd" },
      ],
    },
    {
      cooperative: { id: "c2", handle: "jolom", name: "Jolom Mayaetik" },
      item_ids: ["l2", "l3"],
      options: [
        { id: "so_std_2", speed: "standard", name: "Standard", amount: "9.99", currency_code: "usd", insufficient_inventory: true },
      ],
    },
  ],
}

describe("quoteSpeeds", () => {
  it("adds one shipping price per cooperative parcel", () => {
    const [standard, express] = quoteSpeeds(plan, "usd")
    expect(standard).toMatchObject({ speed: "standard", available: true, amount: 2199, currency: "usd" })
    expect(standard.parcels.map((parcel) => parcel.option?.id)).toEqual(["so_std_1", "so_std_2"])
    // One parcel has no express option: the whole speed is unavailable.
    expect(express.available).toBe(false)
    expect(express.parcels[1].option).toBeNull()
  })

  it("handles a plan with no parcels", () => {
    expect(quoteSpeeds({ speeds: ["standard"], groups: [] }, "usd")[0].available).toBe(false)
  })
})

describe("selectedSpeed", () => {
  it("recognises the speed when every parcel has a method of it", () => {
    expect(selectedSpeed(plan, [{ shipping_option_id: "so_std_1" }, { shipping_option_id: "so_std_2" }])).toBe("standard")
  })

  it("is null when a parcel has no method or speeds are mixed", () => {
    expect(selectedSpeed(plan, [{ shipping_option_id: "so_std_1" }])).toBeNull()
    expect(selectedSpeed(plan, [{ shipping_option_id: "so_exp_1" }, { shipping_option_id: "so_std_2" }])).toBeNull()
    expect(selectedSpeed(plan, [])).toBeNull()
    expect(selectedSpeed(plan, undefined)).toBeNull()
  })
})
