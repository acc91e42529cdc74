import { AdminSetProducerPrices } from "../../../api/admin/cooperatives/validators"
import { moneySplit } from "@telar/fair-trade"
import { previewProducerPrice, producerPriceDrafts, producerPricesPayload } from "../product-cooperative/producer-prices"
import { listPrices, type SplitVariant, storedProducerPrice, variantPriceSplits } from "../product-split"

const rate = { from: "usd", to: "mxn", rate: "18.25" }

const huipil: SplitVariant = {
  id: "variant_huipil",
  title: "Huipil",
  prices: [
    { amount: 2350, currency_code: "mxn", rules: {} },
    { amount: 128, currency_code: "usd", rules: {} },
    // A region's own price is not the list price: left out.
    { amount: 99, currency_code: "usd", rules: { region_id: "reg_us" } },
  ],
  producer_price: { amount: 1200, currency_code: "mxn" },
}

describe("the money split in the product widget", () => {
  it("takes each currency's list price once, ignoring prices with rules", () => {
    expect(listPrices(huipil)).toEqual([
      { currency: "mxn", amount: 235000 },
      { currency: "usd", amount: 12800 },
    ])
    expect(storedProducerPrice(huipil)).toEqual({ amount: 120000, currency: "mxn" })
  })

  it("gives the numbers moneySplit gives the product page, per currency", () => {
    const [mxn, usd] = variantPriceSplits(huipil, storedProducerPrice(huipil), rate)
    expect(mxn.split).toEqual(
      moneySplit({ price: { amount: 235000, currency: "mxn" }, producerPrice: { amount: 120000, currency: "mxn" } })
    )
    expect(usd.split).toEqual(
      moneySplit({ price: { amount: 12800, currency: "usd" }, producerPrice: { amount: 120000, currency: "mxn" }, exchangeRate: rate })
    )
    // 1,200 MXN at 18.25 MXN per USD = 65.75 USD of the shopper's 128.
    expect(usd.split).toMatchObject({ cooperative: 6575, network: 6225, cooperativeShareBps: 5136, belowProducerPrice: false })
  })

  it("says why a split is missing: no producer price, or no rate for another currency", () => {
    const noProducer = variantPriceSplits({ ...huipil, producer_price: null }, null, rate)
    expect(noProducer.map((line) => line.problem)).toEqual(["No producer price yet.", "No producer price yet."])
    const [mxn, usd] = variantPriceSplits(huipil, storedProducerPrice(huipil), null)
    expect(mxn.split).not.toBeNull()
    expect(usd.split).toBeNull()
    expect(usd.problem).toMatch(/No USD→MXN exchange rate/)
  })

  it("flags a price that no longer covers the producer price", () => {
    const [, usd] = variantPriceSplits(huipil, { amount: 250000, currency: "mxn" }, rate)
    expect(usd.split?.belowProducerPrice).toBe(true)
  })
})

describe("producer prices typed in the widget", () => {
  const bare: SplitVariant = { id: "variant_bag", title: "Bag", prices: [{ amount: 40, currency_code: "usd" }], producer_price: null }

  it("starts from the stored amounts and previews what is typed", () => {
    expect(producerPriceDrafts([huipil, bare])).toEqual({ variant_huipil: "1200.00", variant_bag: "" })
    expect(previewProducerPrice(huipil, "1300", "mxn")).toEqual({ amount: 130000, currency: "mxn" })
    expect(previewProducerPrice(huipil, "13x", "mxn")).toEqual({ amount: 120000, currency: "mxn" })
    expect(previewProducerPrice(bare, "", "mxn")).toBeNull()
  })

  it("sends only changed prices, as exact decimal text the API accepts", () => {
    const result = producerPricesPayload([huipil, bare], { variant_huipil: "1200", variant_bag: "310.5" }, "mxn")
    expect(result).toEqual({ ok: true, payload: { prices: [{ variant_id: "variant_bag", amount: "310.50" }] } })
    if (result.ok) expect(AdminSetProducerPrices.safeParse(result.payload).success).toBe(true)
    expect(producerPricesPayload([huipil, bare], { variant_huipil: "1200.00", variant_bag: "" }, "mxn")).toEqual({
      ok: true,
      payload: { prices: [] },
    })
  })

  it("refuses too many decimals and emptying a stored price, per variant", () => {
    const result = producerPricesPayload([huipil, bare], { variant_huipil: "", variant_bag: "10.005" }, "mxn")
    expect(result).toEqual({
      ok: false,
      errors: {
        variant_huipil: "A producer price cannot be removed: enter the agreed amount.",
        variant_bag: "Use at most 2 decimals for MXN.",
      },
    })
  })
})
