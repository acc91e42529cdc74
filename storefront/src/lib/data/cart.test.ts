import { medusaBackend, STORE_REGIONS, visitor } from "../../../test/medusa-double"
import { formData } from "../../../test/form-data"

jest.mock("next/cache", () => ({ refresh: jest.fn() }))
jest.mock("next/navigation", () => ({ redirect: jest.fn() }))

import { refresh } from "next/cache"
import { addToCart, applyPromoCode, getLineInfo, retrieveCart, updateLineItem } from "./cart"

const backend = medusaBackend()
const CART_FIELDS = expect.stringContaining("+items.variant.options.value")
const cart = (extra: Record<string, unknown> = {}) => ({ id: "cart_1", region_id: "reg_us", items: [], ...extra })
const requests = () => backend.sent.map((request) => `${request.method} ${request.path}`)

beforeEach(() => {
  visitor.cookies.clear()
  visitor.locale = "en"
  backend.install()
  jest.spyOn(console, "error").mockImplementation(() => undefined)
})

describe("retrieveCart", () => {
  it("asks nothing of the backend without a cart cookie, or with a malformed one", async () => {
    expect(await retrieveCart()).toBeNull()
    visitor.cookies.set("_telar_cart_id", "cart_1/../../admin")
    expect(await retrieveCart()).toBeNull()
    expect(backend.sent).toEqual([])
  })

  it.each([
    ["es", "es-MX"],
    ["en", "en-US"],
  ])("keeps a cart already in the visitor's language (%s → %s) without writing to it", async (locale, medusaLocale) => {
    visitor.locale = locale
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("GET", "/store/carts/cart_1", { body: { cart: cart({ locale: medusaLocale }) } })
    expect(await retrieveCart()).toMatchObject({ id: "cart_1", locale: medusaLocale })
    expect(requests()).toEqual(["GET /store/carts/cart_1"])
    expect(backend.sent[0].query.fields).toEqual(CART_FIELDS)
  })

  it.each([
    ["es", "en-US", "es-MX"],
    ["en", "es-MX", "en-US"],
    ["en", null, "en-US"],
  ])("moves the cart to the visitor's language when they switched (%s, cart in %s → %s)", async (locale, cartLocale, medusaLocale) => {
    visitor.locale = locale
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("GET", "/store/carts/cart_1", { body: { cart: cart({ locale: cartLocale }) } })
    backend.on("POST", "/store/carts/cart_1", (request) => ({ body: { cart: cart(request.body as Record<string, unknown>) } }))
    expect(await retrieveCart()).toMatchObject({ id: "cart_1", locale: medusaLocale })
    expect(backend.sent[1]).toMatchObject({ method: "POST", path: "/store/carts/cart_1", body: { locale: medusaLocale } })
    expect(backend.sent[1].query.fields).toEqual(CART_FIELDS)
  })

  it("keeps the cart in the language it is asked for (the header's cart route, outside a page)", async () => {
    visitor.locale = "en"
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("GET", "/store/carts/cart_1", { body: { cart: cart({ locale: "es-MX" }) } })
    expect(await retrieveCart("es")).toMatchObject({ id: "cart_1", locale: "es-MX" })
    expect(requests()).toEqual(["GET /store/carts/cart_1"])
  })

  it("forgets a cart that became an order", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("GET", "/store/carts/cart_1", { body: { cart: cart({ completed_at: "2026-01-01T00:00:00Z" }) } })
    expect(await retrieveCart()).toBeNull()
    expect(requests()).toEqual(["GET /store/carts/cart_1"])
  })

  it("answers null for a cart the backend no longer has, without logging it as a failure", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    expect(await retrieveCart()).toBeNull()
    expect(console.error).not.toHaveBeenCalled()
  })

  it("answers null, and logs, when the backend fails", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("GET", "/store/carts/cart_1", { status: 500, body: { message: "boom" } })
    expect(await retrieveCart()).toBeNull()
    expect(console.error).toHaveBeenCalledWith("[telar cart] retrieve: 500 boom")
  })
})

describe("getLineInfo", () => {
  it("asks nothing for no products", async () => {
    expect(await getLineInfo(["", ""])).toEqual({ cooperatives: {}, stock: {} })
    expect(backend.sent).toEqual([])
  })

  it("asks once for each product, as public data (without the visitor's token)", async () => {
    visitor.cookies.set("_telar_jwt", "jwt-of-the-visitor")
    backend.on("GET", "/store/products", { body: { products: [] } })
    await getLineInfo(["prod_1", "prod_2", "prod_1", ""])
    expect(backend.sent).toHaveLength(1)
    const [request] = backend.sent
    expect(request.query).toMatchObject({ "id[0]": "prod_1", "id[1]": "prod_2", limit: "2" })
    expect(request.query.fields.split(",")).toEqual(
      expect.arrayContaining([
        "cooperative.handle",
        "variants.manage_inventory",
        "variants.allow_backorder",
        "+variants.inventory_quantity",
      ])
    )
    expect(request.headers).not.toHaveProperty("authorization")
    expect(request.cache).toBe("no-store")
  })

  it("names each product's cooperative and each variant's units left (null when not tracked)", async () => {
    backend.on("GET", "/store/products", {
      body: {
        products: [
          {
            id: "prod_1",
            cooperative: { id: "coop_1", handle: "tunim-chij", name: "Tunim Chij", payout_account: { clabe: "never shown" } },
            variants: [
              { id: "variant_tracked", manage_inventory: true, allow_backorder: false, inventory_quantity: 3 },
              { id: "variant_untracked", manage_inventory: false, inventory_quantity: 0 },
              { id: "variant_backorder", manage_inventory: true, allow_backorder: true, inventory_quantity: 0 },
            ],
          },
          { id: "prod_2", cooperative: null, variants: [{ id: "variant_sold_out", manage_inventory: true, inventory_quantity: 0 }] },
        ],
      },
    })
    expect(await getLineInfo(["prod_1", "prod_2"])).toEqual({
      cooperatives: { prod_1: { id: "coop_1", handle: "tunim-chij", name: "Tunim Chij" } },
      stock: { variant_tracked: 3, variant_untracked: null, variant_backorder: null, variant_sold_out: 0 },
    })
  })

  it("answers with nothing known, rather than failing, when the backend fails", async () => {
    backend.on("GET", "/store/products", { status: 503, body: { message: "down" } })
    expect(await getLineInfo(["prod_1"])).toEqual({ cooperatives: {}, stock: {} })
  })
})

describe("addToCart", () => {
  it.each([
    ["a malformed variant id", { variantId: "prod_1" }],
    ["a variant id with a path in it", { variantId: "variant_1/../x" }],
    ["no units", { variantId: "variant_1", quantity: 0 }],
    ["more than 10 units", { variantId: "variant_1", quantity: 11 }],
  ])("refuses %s without asking the backend", async (_case, input) => {
    expect(await addToCart(input)).toEqual({ ok: false, error: "generic" })
    expect(backend.sent).toEqual([])
  })

  it("creates a cart in the visitor's region and language on first use, remembers it, then adds the piece", async () => {
    visitor.locale = "es"
    visitor.cookies.set("telar_region", "mx")
    backend.on("GET", "/store/regions", { body: STORE_REGIONS })
    backend.on("POST", "/store/carts", { body: { cart: { id: "cart_new", items: [] } } })
    backend.on("POST", "/store/carts/cart_new/line-items", {
      body: { cart: { id: "cart_new", items: [{ quantity: 2 }, { quantity: 1 }] } },
    })
    expect(await addToCart({ variantId: "variant_1", quantity: 2 })).toEqual({ ok: true, count: 3 })
    expect(requests()).toEqual(["GET /store/regions", "POST /store/carts", "POST /store/carts/cart_new/line-items"])
    expect(backend.sent[1].body).toEqual({ region_id: "reg_mx", locale: "es-MX" })
    expect(backend.sent[2].body).toEqual({ variant_id: "variant_1", quantity: 2 })
    expect(visitor.cookies.values.get("_telar_cart_id")).toBe("cart_new")
  })

  it("creates the cart in the page's language when told it, and leaves the cached page alone (no refresh)", async () => {
    visitor.locale = "en"
    jest.mocked(refresh).mockClear()
    backend.on("GET", "/store/regions", { body: { regions: [{ id: "reg_us", countries: [{ iso_2: "us" }] }] } })
    backend.on("POST", "/store/carts", { body: { cart: { id: "cart_new", items: [] } } })
    backend.on("POST", "/store/carts/cart_new/line-items", { body: { cart: { id: "cart_new", items: [{ quantity: 1 }] } } })
    expect(await addToCart({ variantId: "variant_1", locale: "es" })).toEqual({ ok: true, count: 1 })
    expect(backend.sent[1].body).toEqual({ region_id: "reg_us", locale: "es-MX" })
    expect(refresh).not.toHaveBeenCalled()
  })

  it("tells 'you already have every one' from 'sold out'", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    const line = { id: "cali_1", product_id: "prod_1", variant_id: "variant_1", quantity: 2 }
    backend.on("GET", "/store/carts/cart_1", { body: { cart: cart({ locale: "en-US", items: [line] }) } })
    backend.on("POST", "/store/carts/cart_1/line-items", {
      status: 400,
      body: { message: "Some variant does not have the required inventory" },
    })
    backend.on("GET", "/store/products", {
      body: { products: [{ id: "prod_1", variants: [{ id: "variant_1", manage_inventory: true, inventory_quantity: 2 }] }] },
    })
    expect(await addToCart({ variantId: "variant_1" })).toEqual({ ok: false, error: "allInCart", available: 2 })
    expect(await addToCart({ variantId: "variant_2" })).toEqual({ ok: false, error: "soldOut" })
  })
})

describe("updateLineItem", () => {
  it("removes the line when the quantity is 0", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("DELETE", "/store/carts/cart_1/line-items/cali_1", { body: {} })
    expect(await updateLineItem({ lineId: "cali_1", quantity: 0 })).toEqual({ ok: true })
    expect(requests()).toEqual(["DELETE /store/carts/cart_1/line-items/cali_1"])
  })

  it.each([
    ["a line id that is not an id", { lineId: "../cali_1", quantity: 1 }],
    ["a negative quantity", { lineId: "cali_1", quantity: -1 }],
    ["more than 99", { lineId: "cali_1", quantity: 100 }],
  ])("refuses %s without asking the backend", async (_case, input) => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    expect(await updateLineItem(input)).toEqual({ ok: false, error: "generic" })
    expect(backend.sent).toEqual([])
  })
})

describe("applyPromoCode", () => {
  it("answers an empty or overlong code without asking the backend", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    expect(await applyPromoCode(null, formData({ code: "  " }))).toEqual({ ok: false, error: "promoEmpty" })
    expect(await applyPromoCode(null, formData({ code: "X".repeat(65) }))).toEqual({ ok: false, error: "promoInvalid" })
    expect(backend.sent).toEqual([])
  })

  it("retries a code typed in lower case in upper case, as the codes are written", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("POST", "/store/carts/cart_1/promotions", (request) =>
      (request.body as { promo_codes: string[] }).promo_codes[0] === "BIENVENIDA10"
        ? { body: { cart: { id: "cart_1", promotions: [{ code: "BIENVENIDA10" }] } } }
        : { status: 400, body: { message: "The promotion code bienvenida10 is invalid" } }
    )
    expect(await applyPromoCode(null, formData({ code: " bienvenida10 " }))).toEqual({ ok: true, applied: "BIENVENIDA10" })
    expect(backend.sent.map((request) => request.body)).toEqual([{ promo_codes: ["bienvenida10"] }, { promo_codes: ["BIENVENIDA10"] }])
  })

  it("says a real code the cart does not qualify for applies nothing", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("POST", "/store/carts/cart_1/promotions", { body: { cart: { id: "cart_1", promotions: [] } } })
    expect(await applyPromoCode(null, formData({ code: "ENVIOGRATIS" }))).toEqual({ ok: false, error: "promoNotApplicable" })
  })
})
