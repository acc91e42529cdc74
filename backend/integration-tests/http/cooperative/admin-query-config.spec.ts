import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)

const keys = (cooperative: Record<string, unknown>) => Object.keys(cooperative).sort()

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
    })

    describe("admin cooperative answers share one query config", () => {
      it("answers GET, create, update and product links with the same shape", async () => {
        const { data: created } = await api.post("/admin/cooperatives", cooperativeBody(), fixture.admin)
        const id = created.cooperative.id
        const { data: fetched } = await api.get(`/admin/cooperatives/${id}`, fixture.admin)
        const { data: updated } = await api.post(`/admin/cooperatives/${id}`, { member_families: 43 }, fixture.admin)
        const { data: product } = await api.post(
          "/admin/products",
          { title: "Huipil", options: [{ title: "Size", values: ["M"] }], variants: [{ title: "M", options: { Size: "M" }, prices: [] }] },
          fixture.admin
        )
        const { data: linked } = await api.post(`/admin/cooperatives/${id}/products`, { add: [product.product.id] }, fixture.admin)

        expect(keys(fetched.cooperative)).toEqual(expect.arrayContaining(["payout_account", "artisans", "stock_location", "products"]))
        expect(keys(created.cooperative)).toEqual(keys(fetched.cooperative))
        expect(keys(updated.cooperative)).toEqual(keys(fetched.cooperative))
        expect(keys(linked.cooperative)).toEqual(keys(fetched.cooperative))
        expect(updated.cooperative.member_families).toBe(43)
        expect(linked.cooperative.products.map((item: { id: string }) => item.id)).toEqual([product.product.id])
      })

      it("answers only the fields asked for with ?fields=", async () => {
        const { data: created } = await api.post(
          "/admin/cooperatives?fields=id,name",
          cooperativeBody({ handle: "solo-campos", name: "Solo Campos" }),
          fixture.admin
        )
        expect(created.cooperative).toEqual({ id: expect.stringMatching(/^coop_/), name: "Solo Campos" })
        const id = created.cooperative.id

        const { data: fetched } = await api.get(`/admin/cooperatives/${id}?fields=id,name`, fixture.admin)
        expect(fetched.cooperative).toEqual({ id, name: "Solo Campos" })

        const { data: updated } = await api.post(`/admin/cooperatives/${id}?fields=id,name`, { name: "Solo Nombres" }, fixture.admin)
        expect(updated.cooperative).toEqual({ id, name: "Solo Nombres" })

        const { data: added } = await api.get(`/admin/cooperatives/${id}?fields=+payout_account.currency_code`, fixture.admin)
        expect(added.cooperative.payout_account.currency_code).toBe("mxn")
        expect(added.cooperative.handle).toBe("solo-campos")
      })

      it("answers 404 for an unknown cooperative", async () => {
        const missing = await api.get("/admin/cooperatives/coop_missing", fixture.admin).catch((error: any) => error.response)
        expect(missing.status).toBe(404)
      })
    })
  },
})
