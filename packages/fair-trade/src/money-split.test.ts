import { moneySplit } from "./money-split"

const rate = { from: "usd", to: "mxn", rate: "20" }

describe("moneySplit", () => {
  it("splits a USD price when the cooperative is paid in MXN", () => {
    const split = moneySplit({
      price: { amount: 12800, currency: "usd" },
      producerPrice: { amount: 140000, currency: "mxn" },
      exchangeRate: rate,
    })
    expect(split).toEqual({
      currency: "usd",
      quantity: 1,
      total: 12800,
      cooperative: 7000,
      network: 5800,
      cooperativeShareBps: 5468,
      cooperativePayout: { amount: 140000, currency: "mxn" },
      belowProducerPrice: false,
    })
  })

  it("pays the same producer price whatever the shopper's currency", () => {
    const inUsd = moneySplit({
      price: { amount: 12800, currency: "usd" },
      producerPrice: { amount: 140000, currency: "mxn" },
      exchangeRate: rate,
      quantity: 3,
    })
    const inMxn = moneySplit({
      price: { amount: 235000, currency: "mxn" },
      producerPrice: { amount: 140000, currency: "mxn" },
      quantity: 3,
    })
    expect(inUsd.cooperativePayout).toEqual(inMxn.cooperativePayout)
    expect(inMxn.cooperativePayout.amount).toBe(420000)
    expect(inMxn.cooperative).toBe(420000)
    expect(inMxn.network).toBe(705000 - 420000)
    expect(inUsd.total).toBe(38400)
  })

  it.each([
    [1999, 19999],
    [4500, 33333],
    [100, 1],
  ])("keeps the parts summing to the total (price %i USD cents, producer price %i MXN cents)", (price, producer) => {
    const split = moneySplit({
      price: { amount: price, currency: "usd" },
      producerPrice: { amount: producer, currency: "mxn" },
      exchangeRate: { from: "usd", to: "mxn", rate: "18.37" },
    })
    expect(split.cooperative + split.network).toBe(split.total)
  })

  it("flags a price that no longer covers the producer price", () => {
    const split = moneySplit({
      price: { amount: 5000, currency: "usd" },
      producerPrice: { amount: 120000, currency: "mxn" },
      exchangeRate: rate,
    })
    expect(split.cooperative).toBe(6000)
    expect(split.network).toBe(-1000)
    expect(split.belowProducerPrice).toBe(true)
  })

  it("rejects floats, negative prices and bad quantities", () => {
    const producerPrice = { amount: 100, currency: "mxn" }
    expect(() => moneySplit({ price: { amount: 10.5, currency: "mxn" }, producerPrice })).toThrow(/integer/)
    expect(() => moneySplit({ price: { amount: -1, currency: "mxn" }, producerPrice })).toThrow(/negative/)
    expect(() => moneySplit({ price: { amount: 100, currency: "mxn" }, producerPrice, quantity: 0 })).toThrow(/quantity/)
  })
})
