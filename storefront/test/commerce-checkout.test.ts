import { addressFromForm, isEmail, sameAddress, toStoreAddress, validateAddress } from "@/modules/checkout/lib/address"
import { errorKeyFor } from "@/modules/checkout/lib/errors"
import { quoteSpeeds, selectedSpeed, type ShippingPlan } from "@/modules/checkout/lib/shipping"
import { firstIncomplete } from "@/modules/checkout/lib/types"

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
    expect(standard).toMatchObject({ speed: "standard", available: true, amount: 21.99, currency: "usd" })
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

describe("addresses", () => {
  const form = new Map<string, string>([
    ["shipping_first_name", " Ana "],
    ["shipping_last_name", "López"],
    ["shipping_address_1", "100 Main St"],
    ["shipping_city", "Austin"],
    ["shipping_province", "TX"],
    ["shipping_postal_code", "78701"],
    ["shipping_country_code", "US"],
  ])

  it("reads a prefixed address and normalises it", () => {
    const address = addressFromForm(form, "shipping_")
    expect(address).toMatchObject({ first_name: "Ana", country_code: "us", address_2: "", phone: "" })
    expect(validateAddress(address, ["us"])).toEqual({})
    expect(toStoreAddress(address)).not.toHaveProperty("address_2")
  })

  it("explains what is missing or malformed", () => {
    const address = addressFromForm(
      new Map([
        ["country_code", "mx"],
        ["postal_code", "2900"],
        ["phone", "call me"],
      ])
    )
    expect(validateAddress(address, ["us"])).toEqual({
      first_name: "required",
      last_name: "required",
      address_1: "required",
      city: "required",
      country_code: "country",
      postal_code: "postalCode",
      phone: "phone",
    })
  })

  it("accepts ZIP+4 and Mexican postal codes", () => {
    const base = addressFromForm(form, "shipping_")
    expect(validateAddress({ ...base, postal_code: "78701-1234" }, ["us"])).toEqual({})
    expect(validateAddress({ ...base, country_code: "mx", postal_code: "29200" }, ["mx"])).toEqual({})
  })

  it("compares addresses ignoring case and spacing", () => {
    const a = addressFromForm(form, "shipping_")
    expect(sameAddress(a, { ...a, city: " austin " })).toBe(true)
    expect(sameAddress(a, { ...a, address_1: "101 Main St" })).toBe(false)
    expect(sameAddress(a, null)).toBe(false)
  })

  it("checks emails", () => {
    expect(isEmail("ana@example.com")).toBe(true)
    expect(isEmail("ana@example")).toBe(false)
    expect(isEmail("not an email")).toBe(false)
  })
})

describe("errorKeyFor", () => {
  it("turns backend answers into messages a shopper can act on", () => {
    expect(errorKeyFor({ status: 400, message: "Some variant does not have the required inventory" })).toBe("soldOut")
    expect(errorKeyFor({ status: 400, message: "The promotion code NOPE is invalid" })).toBe("promoInvalid")
    expect(errorKeyFor({ status: 0, message: "fetch failed" })).toBe("unreachable")
    expect(errorKeyFor({ status: 401, message: "Invalid email or password" })).toBe("loginFailed")
    expect(errorKeyFor({ status: 401, message: "Unauthorized" })).toBe("sessionExpired")
    expect(errorKeyFor({ status: 400, message: "Identity with email already exists" })).toBe("emailTaken")
    expect(errorKeyFor({ status: 404, message: "Cart id not found" })).toBe("cartGone")
    expect(errorKeyFor({ status: 500, message: "An unknown error occurred." })).toBe("generic")
    expect(errorKeyFor(null)).toBe("unreachable")
  })
})

describe("firstIncomplete", () => {
  it("opens the first step the cart still lacks", () => {
    expect(firstIncomplete({ email: false, address: true, shipping: true })).toBe("email")
    expect(firstIncomplete({ email: true, address: false, shipping: false })).toBe("address")
    expect(firstIncomplete({ email: true, address: true, shipping: false })).toBe("shipping")
    expect(firstIncomplete({ email: true, address: true, shipping: true })).toBe("payment")
  })
})
