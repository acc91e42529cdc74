import {
  addressFromForm,
  addressToInput,
  countryName,
  isEmail,
  provinceCode,
  provinceName,
  provincesOf,
  sameAddress,
  toStoreAddress,
  validateAddress,
} from "./address"

describe("address forms", () => {
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
    expect(address).toMatchObject({ first_name: "Ana", country_code: "us", province: "us-tx", address_2: "", phone: "" })
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
      province: "required",
      country_code: "country",
      postal_code: "postalCode",
      phone: "phone",
    })
  })

  it("accepts ZIP+4 and Mexican postal codes", () => {
    const base = addressFromForm(form, "shipping_")
    expect(validateAddress({ ...base, postal_code: "78701-1234" }, ["us"])).toEqual({})
    expect(validateAddress({ ...base, country_code: "mx", province: "mx-chp", postal_code: "29200" }, ["mx"])).toEqual({})
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

describe("states", () => {
  it("lists the 50 US states and DC, and Mexico's 32 states", () => {
    expect(Object.keys(provincesOf("us") ?? {})).toHaveLength(51)
    expect(provincesOf("us")?.["us-dc"]).toBe("District of Columbia")
    expect(Object.keys(provincesOf("mx") ?? {})).toHaveLength(32)
    expect(provincesOf("gt")).toBeNull()
    expect(provincesOf("constructor")).toBeNull()
  })

  it.each([
    ["us", "TX", "us-tx"],
    ["us", " tx ", "us-tx"],
    ["us", "US-TX", "us-tx"],
    ["us", "texas", "us-tx"],
    ["mx", "Chiapas", "mx-chp"],
    ["mx", "yucatan", "mx-yuc"],
    ["mx", "Ciudad de México", "mx-cmx"],
    ["gt", "Sacatepéquez", "Sacatepéquez"],
    ["us", "Atlantis", "Atlantis"],
  ])("stores %s %j as Medusa's province code %j", (country, typed, code) => {
    expect(provinceCode(country, typed)).toBe(code)
  })

  it("accepts only a state of the address's own country", () => {
    const base = addressFromForm(
      new Map([
        ["first_name", "Ana"],
        ["last_name", "López"],
        ["address_1", "100 Main St"],
        ["city", "Austin"],
        ["postal_code", "78701"],
        ["country_code", "us"],
      ])
    )
    expect(validateAddress({ ...base, province: "us-tx" }, ["us"])).toEqual({})
    expect(validateAddress({ ...base, province: "mx-chp" }, ["us"])).toEqual({ province: "province" })
    expect(validateAddress({ ...base, province: "constructor" }, ["us"])).toEqual({ province: "province" })
    expect(validateAddress({ ...base, country_code: "gt", province: "", postal_code: "03001" }, [])).toEqual({})
  })

  it("reads back an address saved as free text, and names the state", () => {
    expect(addressToInput({ country_code: "us", province: "TX" })?.province).toBe("us-tx")
    expect(provinceName("us", "us-tx")).toBe("Texas")
    expect(provinceName("mx", "mx-chp")).toBe("Chiapas")
    expect(provinceName("gt", "Sacatepéquez")).toBe("Sacatepéquez")
  })
})

describe("addressToInput", () => {
  it("turns a Medusa address into form values, missing fields empty", () => {
    expect(addressToInput({ first_name: "Ana", last_name: null, address_1: "Calle Real 5", country_code: "mx" })).toEqual({
      first_name: "Ana",
      last_name: "",
      address_1: "Calle Real 5",
      address_2: "",
      city: "",
      province: "",
      postal_code: "",
      country_code: "mx",
      phone: "",
    })
  })

  it("is null when there is no address", () => {
    expect(addressToInput(null)).toBeNull()
    expect(addressToInput(undefined)).toBeNull()
  })
})

describe("countryName", () => {
  it.each([
    ["mx", "en", "Mexico"],
    ["mx", "es", "México"],
    ["US", "en", "United States"],
    ["us", "es", "Estados Unidos"],
    ["mx", "fr", "Mexico"],
  ])("names %s in %s as %s", (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name)
  })

  it("falls back to the code, or nothing, when Intl cannot name it", () => {
    expect(countryName("", "en")).toBe("")
    expect(countryName("x", "en")).toBe("X")
  })
})
