jest.mock("server-only", () => ({}), { virtual: true })
jest.mock("@/lib/data/cart", () => ({ retrieveCart: jest.fn() }))
// The words themselves are the message files' business (messages.test.ts): here, which ones and with what.
jest.mock("next-intl/server", () => ({
  getTranslations:
    async ({ locale, namespace }: { locale: string; namespace: string }) =>
    (key: string, values?: object) =>
      `${locale}:${namespace}.${key}${values ? JSON.stringify(values) : ""}`,
}))

import { retrieveCart } from "@/lib/data/cart"
import { formatMoney } from "@/lib/util/money"
import { drawerCart } from "./drawer-cart"

describe("drawerCart", () => {
  it("words and prices the visitor's cart on the server, in the language asked for", async () => {
    jest.mocked(retrieveCart).mockResolvedValue({
      id: "cart_1",
      currency_code: "mxn",
      item_subtotal: 1250.5,
      items: [
        { id: "cali_2", created_at: "2026-01-02T00:00:00Z", product_title: "Rebozo", title: "Rebozo", quantity: 1, subtotal: 450.5 },
        { id: "cali_1", created_at: "2026-01-01T00:00:00Z", product_title: "Huipil", title: "Huipil", quantity: 2, subtotal: 800 },
      ],
    } as never)
    const cart = await drawerCart("es")
    expect(retrieveCart).toHaveBeenCalledWith("es")
    expect(cart.count).toBe(3)
    expect(cart.unit).toBe('es:cart.buttonUnit{"count":3}')
    expect(cart.subtotal).toBe(formatMoney(125050, "mxn", "es"))
    expect(cart.lines.map((line) => [line.id, line.quantity, line.removeLabel])).toEqual([
      ["cali_1", 2, 'es:cart.removeLabel{"title":"Huipil"}'],
      ["cali_2", 1, 'es:cart.removeLabel{"title":"Rebozo"}'],
    ])
  })

  it("is an empty cart when the visitor has none", async () => {
    jest.mocked(retrieveCart).mockResolvedValue(null)
    expect(await drawerCart("en")).toEqual({ count: 0, unit: 'en:cart.buttonUnit{"count":0}', subtotal: "", lines: [] })
  })
})
