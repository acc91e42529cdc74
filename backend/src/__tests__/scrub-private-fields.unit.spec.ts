import { scrubPrivateFields } from "../api/store/scrub-private-fields"

function respond(body: unknown) {
  let sent: unknown
  const res: any = { json: (payload: unknown) => (sent = payload) }
  scrubPrivateFields({} as any, res, () => {})
  res.json(body)
  return sent as any
}

describe("scrubPrivateFields", () => {
  it("removes payout and contact data at any depth, keeping everything else", () => {
    const body = respond({
      products: [
        {
          id: "prod_1",
          cooperative: {
            name: "Jolom",
            contact_email: "a@b.org",
            payout_account: { clabe: "032180000118359719", account_holder: "Jolom SC" },
          },
          variants: [{ id: "v1", producer_price: { amount: 1300 } }],
        },
      ],
      count: 1,
    })
    expect(body).toEqual({
      products: [{ id: "prod_1", cooperative: { name: "Jolom" }, variants: [{ id: "v1", producer_price: { amount: 1300 } }] }],
      count: 1,
    })
  })

  it("passes primitives and empty bodies through", () => {
    expect(respond(null)).toBeNull()
    expect(respond("ok")).toBe("ok")
  })
})
