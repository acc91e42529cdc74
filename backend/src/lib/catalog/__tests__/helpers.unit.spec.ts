import { averageCooperativeShareBps } from "../impact"
import { toProductSearchDocuments } from "../search-document"
import { foldText } from "../text"

describe("text folding", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(foldText("  Collar de  ÁMBAR ")).toBe("collar de ambar")
    expect(foldText("Jícara laqueada")).toBe("jicara laqueada")
  })
})

describe("averageCooperativeShareBps", () => {
  const rate = { from: "usd", to: "mxn", rate: "20" }
  const huipil = {
    prices: [
      { amount: 128, currency_code: "usd" },
      { amount: 2340, currency_code: "mxn" },
    ],
    producer_price: { amount: 1300, currency_code: "mxn" },
  }
  const necklace = { prices: [{ amount: "95", currency_code: "usd" }], producer_price: { amount: "900", currency_code: "mxn" } }

  it("averages the split of every variant with a producer price and a USD price, rounded down", () => {
    // 65.00/128.00 = 5078 bps (twice), 45.00/95.00 = 4736 bps: 14892 / 3 = 4964.
    expect(averageCooperativeShareBps([huipil, huipil, necklace], rate)).toEqual({ average: 4964, variants: 3 })
    // (5078 + 4736) / 2 = 4907
    expect(averageCooperativeShareBps([huipil, necklace], rate).average).toBe(4907)
    const half = { prices: [{ amount: 100, currency_code: "usd" }], producer_price: { amount: 1001, currency_code: "mxn" } }
    // 50.05/100 = 5005 bps; (5005 + 5078) / 2 = 5041.5 -> 5041
    expect(averageCooperativeShareBps([half, huipil], rate).average).toBe(5041)
  })

  it("skips variants without both prices, and says nothing without a rate or a qualifying variant", () => {
    const mxnOnly = { prices: [{ amount: 2340, currency_code: "mxn" }], producer_price: huipil.producer_price }
    const noProducer = { prices: huipil.prices, producer_price: null }
    expect(averageCooperativeShareBps([huipil, mxnOnly, noProducer], rate)).toEqual({ average: 5078, variants: 1 })
    expect(averageCooperativeShareBps([mxnOnly, noProducer], rate)).toEqual({ average: null, variants: 0 })
    expect(averageCooperativeShareBps([huipil], null)).toEqual({ average: null, variants: 0 })
  })
})

describe("toProductSearchDocuments", () => {
  it("joins the English row with its Spanish translation, cooperative and technique", () => {
    const documents = toProductSearchDocuments(
      [
        {
          id: "prod_1",
          title: "Amber necklace",
          description: "",
          status: "published",
          metadata: { technique: "amber carving" },
          sales_channels: [{ id: "sc_1" }, null],
          cooperative: { name: "Artesanas" },
        },
        { id: "prod_2", title: "Clay jaguar", status: "draft" },
      ],
      [{ reference_id: "prod_1", translations: { title: "Collar de ámbar", description: "Ámbar de Simojovel" } }]
    )
    expect(documents).toEqual([
      {
        id: "prod_1",
        title: "Amber necklace",
        description: null,
        title_es: "Collar de ámbar",
        description_es: "Ámbar de Simojovel",
        cooperative_name: "Artesanas",
        technique: "amber carving",
        status: "published",
        sales_channel_ids: ["sc_1"],
      },
      {
        id: "prod_2",
        title: "Clay jaguar",
        description: null,
        title_es: null,
        description_es: null,
        cooperative_name: null,
        technique: null,
        status: "draft",
        sales_channel_ids: [],
      },
    ])
  })
})
