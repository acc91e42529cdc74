import { AdminApiError } from "../api"
import { moveProductToCooperative } from "../product-cooperative/move"

/** A stand-in for the admin API that records calls and refuses the ones `fail` names. */
function api(fail: (path: string, body: unknown) => boolean = () => false) {
  const calls: [string, unknown][] = []
  const post = async (path: string, body: unknown) => {
    calls.push([path, body])
    if (fail(path, body)) throw new AdminApiError("Refused for the test.", 400, "not_allowed")
    return {}
  }
  return { calls, post }
}

const jolom = { id: "coop_jolom", name: "Jolom Mayaetik" }
const sna = { id: "coop_sna", name: "Sna Jolobil" }

describe("moving a product between cooperatives", () => {
  it("attaches a product that has no cooperative with one call", async () => {
    const { calls, post } = api()
    expect(await moveProductToCooperative(post, { product_id: "prod_1", from: null, to: jolom, artisan_ids: [] })).toEqual({ ok: true })
    expect(calls).toEqual([["/admin/cooperatives/coop_jolom/products", { add: ["prod_1"] }]])
  })

  it("clears the artisans while attached, takes the product away, then attaches it", async () => {
    const { calls, post } = api()
    const result = await moveProductToCooperative(post, { product_id: "prod_1", from: jolom, to: sna, artisan_ids: ["art_1"] })
    expect(result).toEqual({ ok: true })
    expect(calls).toEqual([
      ["/admin/products/prod_1/artisans", { artisan_ids: [] }],
      ["/admin/cooperatives/coop_jolom/products", { remove: ["prod_1"] }],
      ["/admin/cooperatives/coop_sna/products", { add: ["prod_1"] }],
    ])
  })

  it("puts the product back with its old cooperative when the new one refuses it", async () => {
    const { calls, post } = api((path) => path.includes("coop_sna"))
    const result = await moveProductToCooperative(post, { product_id: "prod_1", from: jolom, to: sna, artisan_ids: [] })
    expect(result).toEqual({
      ok: false,
      message:
        "The product could not be attached to Sna Jolobil (Refused for the test.). It is back with Jolom Mayaetik; choose its artisans again.",
    })
    expect(calls.at(-1)).toEqual(["/admin/cooperatives/coop_jolom/products", { add: ["prod_1"] }])
  })

  it("says the product has no cooperative when putting it back fails too", async () => {
    const { post } = api((path, body) => path.includes("coop_sna") || (path.includes("coop_jolom") && !!(body as { add?: string[] }).add))
    const result = await moveProductToCooperative(post, { product_id: "prod_1", from: jolom, to: sna, artisan_ids: [] })
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("now has no cooperative") })
  })

  it("changes nothing when taking it from the old cooperative fails, and nothing at all for the same cooperative", async () => {
    const failing = api((path) => path.includes("coop_jolom"))
    const result = await moveProductToCooperative(failing.post, { product_id: "prod_1", from: jolom, to: sna, artisan_ids: [] })
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("could not be taken from Jolom Mayaetik") })
    expect(failing.calls).toHaveLength(1)
    const afterArtisans = api((path) => path.endsWith("/products") && path.includes("coop_jolom"))
    const partial = await moveProductToCooperative(afterArtisans.post, {
      product_id: "prod_1",
      from: jolom,
      to: sna,
      artisan_ids: ["art_1"],
    })
    expect(partial).toMatchObject({ ok: false, message: expect.stringContaining("Its artisans were already taken off") })
    expect(afterArtisans.calls).toHaveLength(2)
    const same = api()
    expect(await moveProductToCooperative(same.post, { product_id: "prod_1", from: jolom, to: jolom, artisan_ids: ["art_1"] })).toEqual({
      ok: true,
    })
    expect(same.calls).toEqual([])
  })
})
