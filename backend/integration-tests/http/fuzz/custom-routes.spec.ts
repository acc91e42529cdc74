import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cooperativeBody, createStoreFixture } from "../../helpers/fixtures"

jest.setTimeout(300 * 1000)

const HUGE = "x".repeat(200_000)
const OPERATOR = { $ne: "x" }
/** Bodies no route should accept, whatever it expects. */
const BAD_BODIES: unknown[] = [
  "not json at all",
  [],
  { $where: "1" },
  { name: OPERATOR, handle: OPERATOR },
  { handle: HUGE, name: HUGE },
  { handle: "nul\u0000byte", name: "Nul\u0000" },
  { add: [OPERATOR], remove: "x" },
  { prices: [{ variant_id: OPERATOR, amount: "-1" }] },
  { artisan_ids: [123, null] },
  { rate: "abc", from_currency: 1 },
  { quantity: 0.5, variant_id: "variant_missing" },
  { portrait_url: "javascript:alert(1)", name: "Ana", craft: "Telar", handle: "ana" },
  { logo_url: "javascript:alert(1)" },
  { sales_channel_ids: ["sc_does_not_exist"] },
  { speed: { $gt: "" } },
]
const BAD_IDS = ["%00", "does-not-exist", "a%00b", "x".repeat(3000), "%27%3B%20DROP%20TABLE%20cooperative%3B--"]
const BAD_QUERIES = [
  "limit=-1",
  "offset=-1",
  "limit=abc",
  "order=name;DROP%20TABLE%20x",
  "q=%00",
  "cooperative[$ne]=x",
  "cooperative[$or][0][handle]=x",
  "cooperative_id=",
  "cooperative_id[$in][]=x",
  "handle[$ilike]=%25",
  "fields=*payout_account",
  "price_min=abc&price_max=-5",
  "currency_code=zzz",
  `q=${"a".repeat(5000)}`,
]

/** Every custom route: method, path (`:coop`, `:cart` filled in at run time, `:id` with each of BAD_IDS), admin or store. */
const ROUTES: [string, string, boolean][] = [
  ["GET", "/store/cooperatives", false],
  ["GET", "/store/cooperatives/:id", false],
  ["GET", "/store/products", false],
  ["GET", "/store/exchange-rate", false],
  ["GET", "/store/catalog", false],
  ["GET", "/store/impact", false],
  ["GET", "/store/carts/:cart/shipping-plan", false],
  ["POST", "/store/carts/:cart/shipping-plan", false],
  ["GET", "/store/carts/:cart/availability", false],
  ["POST", "/store/carts/:cart/line-items", false],
  ["GET", "/store/carts/:id/availability", false],
  ["GET", "/admin/cooperatives", true],
  ["POST", "/admin/cooperatives", true],
  ["GET", "/admin/cooperatives/:id", true],
  ["POST", "/admin/cooperatives/:id", true],
  ["POST", "/admin/cooperatives/:coop", true],
  ["DELETE", "/admin/cooperatives/:id", true],
  ["GET", "/admin/cooperatives/:coop/artisans", true],
  ["POST", "/admin/cooperatives/:coop/artisans", true],
  ["POST", "/admin/cooperatives/:coop/artisans/:id", true],
  ["DELETE", "/admin/cooperatives/:coop/artisans/:id", true],
  ["POST", "/admin/cooperatives/:coop/products", true],
  ["GET", "/admin/cooperatives/:coop/producer-prices", true],
  ["POST", "/admin/cooperatives/:coop/producer-prices", true],
  ["POST", "/admin/products/:id/artisans", true],
  ["GET", "/admin/exchange-rates", true],
  ["POST", "/admin/exchange-rates", true],
  ["GET", "/admin/payment-decisions", true],
]

/** The malformed requests sent to one route: bad ids in the path, bad queries for reads, bad bodies for writes. */
function badRequests(method: string, template: string): { url: string; body?: unknown }[] {
  const paths = template.includes(":id") ? BAD_IDS.map((id) => template.replace(":id", id)) : [template]
  return paths.flatMap((path) =>
    method === "GET"
      ? BAD_QUERIES.map((query) => ({ url: `${path}?${query}` })).concat(template.includes(":id") ? [{ url: path }] : [])
      : method === "DELETE"
        ? [{ url: path }]
        : BAD_BODIES.map((body) => ({ url: path, body }))
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let cooperativeId: string
    let cartId: string

    beforeAll(async () => {
      const fixture = await createStoreFixture(getContainer(), api)
      admin = fixture.admin
      store = fixture.store
      const { data } = await api.post("/admin/cooperatives", cooperativeBody(), admin)
      cooperativeId = data.cooperative.id
      const { data: cart } = await api.post("/store/carts", { region_id: fixture.usdRegionId }, store)
      cartId = cart.cart.id
    })

    /** Rows every custom write could touch: none may change. */
    async function snapshot() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const counts: Record<string, unknown> = {}
      for (const entity of ["cooperative", "artisan", "payout_account", "producer_price", "exchange_rate", "payment_decision"]) {
        const { data } = await query.graph({ entity, fields: ["*"] })
        counts[entity] = JSON.stringify(
          data.map((row: any) => ({ ...row, updated_at: undefined })).sort((a: any, b: any) => a.id.localeCompare(b.id))
        )
      }
      const { data: links } = await query.graph({ entity: "product", fields: ["id", "cooperative.id", "artisans.id"] })
      counts.links = JSON.stringify(links)
      const { data: items } = await query.graph({ entity: "cart", fields: ["id", "items.id", "items.quantity"], filters: { id: cartId } })
      counts.cart = JSON.stringify(items)
      return counts
    }

    it("covers more than 300 malformed requests", () => {
      expect(ROUTES.flatMap(([method, template]) => badRequests(method, template)).length).toBeGreaterThan(300)
    })

    // The database is restored before each test, so each route proves on its own that it wrote nothing.
    it.each(ROUTES)(
      "%s %s answers each malformed request with a 4xx and a message, and writes nothing",
      async (method, template, isAdmin) => {
        const headers = { ...(isAdmin ? admin.headers : store.headers), "content-type": "application/json" }
        const before = await snapshot()
        const failures: string[] = []
        for (const request of badRequests(method, template)) {
          const url = request.url.replace(":coop", cooperativeId).replace(":cart", cartId)
          const { body } = request
          const response = await api
            .request({
              method,
              url,
              data: typeof body === "string" ? body : body === undefined ? undefined : JSON.stringify(body),
              headers,
              validateStatus: () => true,
            })
            .catch((error: any) => error.response ?? { status: 0, data: String(error) })
          const message = response.data?.message
          if (response.status >= 500 || response.status === 0) {
            failures.push(
              `${url.slice(0, 120)} ${JSON.stringify(body)?.slice(0, 80)} → ${response.status} ${String(message).slice(0, 120)}`
            )
          } else if (response.status >= 400 && (typeof message !== "string" || !message.length)) {
            failures.push(`${url.slice(0, 120)} → ${response.status} without a message`)
          }
        }
        expect(failures).toEqual([])
        expect(await snapshot()).toEqual(before)
      }
    )

    it.each(["cooperative[$ne]=x", "cooperative[$or][0][handle]=x", "cooperative_id=", "cooperative_id[$in][]=x"])(
      "answers the cooperative filter %s with 400 instead of every product",
      async (query) => {
        const response = await api.get(`/store/products?${query}`, { ...store, validateStatus: () => true })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/cooperative/)
      }
    )

    it("gives a product to one cooperative when two staff add it to two cooperatives at the same moment", async () => {
      const { data: other } = await api.post(
        "/admin/cooperatives",
        cooperativeBody({ handle: "alfareras-fuzz", name: "Alfareras Fuzz", community: "Amatenango del Valle" }),
        admin
      )
      for (let round = 0; round < 3; round++) {
        const { data } = await api.post(
          "/admin/products",
          {
            title: `Pieza disputada ${round}`,
            options: [{ title: "Default", values: ["Default"] }],
            variants: [{ title: "Default", options: { Default: "Default" }, prices: [{ amount: 10, currency_code: "usd" }] }],
          },
          admin
        )
        const productId = data.product.id
        const answers = await Promise.all(
          [cooperativeId, other.cooperative.id].map((id) =>
            api.post(`/admin/cooperatives/${id}/products`, { add: [productId] }, { ...admin, validateStatus: () => true })
          )
        )
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
        expect(answers.find((answer) => answer.status === 400)!.data.message).toMatch(/belongs to cooperative/)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: links } = await query.graph({
          entity: "cooperative_product",
          fields: ["cooperative_id"],
          filters: { product_id: productId },
        })
        expect(links).toHaveLength(1)
      }
    })
  },
})
