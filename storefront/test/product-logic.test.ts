import { productJsonLd, serializeJsonLd } from "@/lib/util/json-ld"
import { localized, alternates } from "@/lib/util/localized"
import { variantSplit } from "@/lib/util/split"
import { isPurchasable, stockState } from "@/lib/util/stock"
import { buildPicker, hasRealOptions, selectVariant, type VariantLike } from "@/lib/util/variants"

describe("stockState", () => {
  it("tells sold out, one of a kind, low and plenty apart", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 0 })).toEqual({ kind: "sold_out" })
    expect(stockState({ manage_inventory: true, inventory_quantity: -2 })).toEqual({ kind: "sold_out" })
    expect(stockState({ manage_inventory: true, inventory_quantity: 1, one_of_a_kind: true })).toEqual({ kind: "one_of_a_kind" })
    expect(stockState({ manage_inventory: true, inventory_quantity: 3 })).toEqual({ kind: "low", left: 3 })
    expect(stockState({ manage_inventory: true, inventory_quantity: 30 })).toEqual({ kind: "in_stock" })
  })

  it("never reports a sold-out one-of-a-kind piece as available", () => {
    const state = stockState({ manage_inventory: true, inventory_quantity: 0, one_of_a_kind: true })
    expect(state).toEqual({ kind: "sold_out" })
    expect(isPurchasable(state)).toBe(false)
  })

  it("treats unmanaged inventory and backorders as available", () => {
    expect(isPurchasable(stockState({ manage_inventory: false, inventory_quantity: 0 }))).toBe(true)
    expect(isPurchasable(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }))).toBe(true)
  })
})

describe("variant selection and picker", () => {
  const size = "opt_size"
  const colour = "opt_colour"
  const variants: VariantLike[] = [
    {
      id: "s-red",
      options: [
        { option_id: size, value: "S" },
        { option_id: colour, value: "Red" },
      ],
      manage_inventory: true,
      inventory_quantity: 0,
    },
    {
      id: "m-red",
      options: [
        { option_id: size, value: "M" },
        { option_id: colour, value: "Red" },
      ],
      manage_inventory: true,
      inventory_quantity: 4,
    },
    {
      id: "s-blue",
      options: [
        { option_id: size, value: "S" },
        { option_id: colour, value: "Blue" },
      ],
      manage_inventory: true,
      inventory_quantity: 2,
    },
  ]
  const options = [
    { id: size, title: "Size", values: [{ value: "S" }, { value: "M" }] },
    { id: colour, title: "Colour", values: [{ value: "Red" }, { value: "Blue" }] },
  ]

  it("keeps the requested variant, else picks the first available one", () => {
    expect(selectVariant(variants, "s-red")?.id).toBe("s-red")
    expect(selectVariant(variants, "nope")?.id).toBe("m-red")
    expect(selectVariant(variants)?.id).toBe("m-red")
    expect(selectVariant([], "x")).toBeUndefined()
  })

  it("links each value to the variant that keeps the other options, marking sold-out ones", () => {
    const picker = buildPicker(options, variants, variants[1]) // M / Red selected
    expect(picker[0]).toEqual({
      id: size,
      title: "Size",
      values: [
        { value: "S", variantId: "s-red", selected: false, available: false },
        { value: "M", variantId: "m-red", selected: true, available: true },
      ],
    })
    // There is no M / Blue: "Blue" falls back to a variant that has it.
    expect(picker[1].values[1]).toEqual({ value: "Blue", variantId: "s-blue", selected: false, available: true })
  })

  it("hides the seeded Default option of single-variant products", () => {
    expect(hasRealOptions([{ id: "o", title: "Default", values: [{ value: "Default" }] }], [variants[0]])).toBe(false)
    expect(hasRealOptions(options, variants)).toBe(true)
  })
})

describe("variantSplit", () => {
  const rate = { from: "usd", to: "mxn", rate: "18.25" }

  it("splits a USD price against an MXN producer price with moneySplit", () => {
    const split = variantSplit(
      {
        calculated_price: { calculated_amount: 128, currency_code: "usd" },
        producer_price: { amount: 1400, currency_code: "mxn" },
      } as never,
      rate
    )
    // 1400 MXN / 18.25 = 76.71 USD
    expect(split).toMatchObject({ currency: "usd", total: 12800, cooperative: 7671, network: 5129, cooperativeShareBps: 5992 })
    expect(split?.cooperativePayout).toEqual({ amount: 140000, currency: "mxn" })
  })

  it("needs no rate when the shopper pays in pesos, and gives up without one otherwise", () => {
    const inPesos = {
      calculated_price: { calculated_amount: 2480, currency_code: "mxn" },
      producer_price: { amount: 1430, currency_code: "mxn" },
    }
    expect(variantSplit(inPesos as never, null)).toMatchObject({ total: 248000, cooperative: 143000, network: 105000 })
    const inDollars = {
      calculated_price: { calculated_amount: 128, currency_code: "usd" },
      producer_price: { amount: 1400, currency_code: "mxn" },
    }
    expect(variantSplit(inDollars as never, null)).toBeNull()
    expect(
      variantSplit({ calculated_price: { calculated_amount: 128, currency_code: "usd" }, producer_price: null } as never, rate)
    ).toBeNull()
  })
})

describe("JSON-LD", () => {
  it("describes a product offer with exact price and availability", () => {
    const data = productJsonLd({
      name: "Huipil",
      description: "Brocaded",
      url: "https://telar.test/en/products/huipil",
      images: ["https://telar.test/a.svg"],
      sku: "HUI-1",
      brand: "Bats'i K'u'ul",
      price: { minor: 42000, currency: "usd" },
      available: false,
    })
    expect(data).toMatchObject({
      "@type": "Product",
      sku: "HUI-1",
      brand: { "@type": "Brand", name: "Bats'i K'u'ul" },
      offers: { "@type": "Offer", price: "420.00", priceCurrency: "USD", availability: "https://schema.org/OutOfStock" },
    })
  })

  it("cannot be broken out of its script tag", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script>" })
    expect(text).not.toContain("</script>")
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" })
  })
})

describe("localized", () => {
  it("prefers the shopper's language and falls back to the other", () => {
    expect(localized("es", "Story", "Historia")).toBe("Historia")
    expect(localized("en", "Story", "Historia")).toBe("Story")
    expect(localized("es", "Story", "  ")).toBe("Story")
    expect(alternates("es", "/store").languages).toEqual({ en: "/en/store", es: "/es/store", "x-default": "/en/store" })
    expect(alternates("en", "/").canonical).toBe("/en")
  })
})
