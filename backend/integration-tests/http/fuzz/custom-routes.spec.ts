import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { checkoutDriver } from "../../helpers/checkout"
import { inviteCoordinator } from "../../helpers/coordinators"
import { cooperativeBody, createStoreFixture, registerShopper } from "../../helpers/fixtures"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(600 * 1000)

// Before the runner: the coordinator's invitation is mailed.
const mail = mailboxForSuite()

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
  { amount: "1e309", note: OPERATOR, order_id: OPERATOR, idempotency_key: "bad key!" },
  { payouts: [{ cooperative_id: OPERATOR, amount: -1 }], method: "cash" },
  { tracking_key: "../../etc/passwd", reason: HUGE },
  { items: [{ line_item_id: OPERATOR, quantity: -1, reason: "x" }] },
  { changes: [{ client_mutation_id: "a b", variant_id: OPERATOR, delta: 0.5 }], source: "fax" },
  { status: "lost", carrier: HUGE, client_mutation_id: OPERATOR },
  { token: OPERATOR, password: "x" },
  { price_usd: 1.5, price_mxn: -1, comment: "" },
  { cooperative_id: OPERATOR, carrier: 1, tracking_url: "javascript:alert(1)" },
  { content: "not base64 at all", revision: -1, photo_ids: [OPERATOR] },
  { create: [{ location_id: OPERATOR }], update: "x", delete: [1] },
  { order_id: "order_missing", location_id: OPERATOR, items: "x" },
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
  "status=lost&type=gift&parcel_status=lost&outcome=maybe",
  "from=2026-02-30&to=abc&lang=xx",
  "created_at[$gt]=abc&limit=1e309",
]

/** Who sends a route's requests: staff, a visitor of the store, a signed-in shopper, a coordinator, or nobody. */
type Actor = "admin" | "store" | "customer" | "coordinator" | "none"

/**
 * Every custom route, and Medusa's routes Telar puts its own middleware in front of: method, path
 * (`:coop`, `:cart`, `:order`, `:item`, `:location` filled in at run time with real ids, `:id` with
 * each of BAD_IDS), and who sends it.
 */
const ROUTES: [string, string, Actor][] = [
  ["GET", "/store/cooperatives", "store"],
  ["GET", "/store/cooperatives/:id", "store"],
  ["GET", "/store/products", "store"],
  ["GET", "/store/exchange-rate", "store"],
  ["GET", "/store/catalog", "store"],
  ["GET", "/store/impact", "store"],
  ["GET", "/store/carts/:cart/shipping-plan", "store"],
  ["POST", "/store/carts/:cart/shipping-plan", "store"],
  ["GET", "/store/carts/:cart/availability", "store"],
  ["POST", "/store/carts/:cart/line-items", "store"],
  ["GET", "/store/carts/:id/availability", "store"],
  ["GET", "/store/orders/:id/cooperative-earnings", "store"],
  ["GET", "/store/orders/:order/cooperative-earnings", "customer"],
  ["GET", "/store/orders/:id/parcels", "store"],
  ["GET", "/store/orders/:order/parcels", "customer"],
  ["GET", "/store/orders/:id/returns", "customer"],
  ["GET", "/store/orders/:order/returns", "customer"],
  ["POST", "/store/orders/:id/returns", "customer"],
  ["POST", "/store/orders/:order/returns", "customer"],
  ["POST", "/store/returns", "store"],
  ["GET", "/admin/cooperatives", "admin"],
  ["POST", "/admin/cooperatives", "admin"],
  ["GET", "/admin/cooperatives/:id", "admin"],
  ["POST", "/admin/cooperatives/:id", "admin"],
  ["POST", "/admin/cooperatives/:coop", "admin"],
  ["DELETE", "/admin/cooperatives/:id", "admin"],
  ["GET", "/admin/cooperatives/:coop/artisans", "admin"],
  ["POST", "/admin/cooperatives/:coop/artisans", "admin"],
  ["POST", "/admin/cooperatives/:coop/artisans/:id", "admin"],
  ["DELETE", "/admin/cooperatives/:coop/artisans/:id", "admin"],
  ["POST", "/admin/cooperatives/:coop/products", "admin"],
  ["GET", "/admin/cooperatives/:coop/producer-prices", "admin"],
  ["POST", "/admin/cooperatives/:coop/producer-prices", "admin"],
  ["GET", "/admin/cooperatives/:coop/advances", "admin"],
  ["GET", "/admin/cooperatives/:id/advances", "admin"],
  ["POST", "/admin/cooperatives/:coop/advances", "admin"],
  ["POST", "/admin/cooperatives/:id/advances", "admin"],
  ["POST", "/admin/cooperatives/:coop/adjustments", "admin"],
  ["POST", "/admin/cooperatives/:id/adjustments", "admin"],
  ["GET", "/admin/cooperatives/:coop/coordinators", "admin"],
  ["POST", "/admin/cooperatives/:coop/coordinators", "admin"],
  ["POST", "/admin/cooperatives/:id/coordinators", "admin"],
  ["GET", "/admin/cooperatives/:coop/ledger", "admin"],
  ["GET", "/admin/cooperatives/:id/ledger", "admin"],
  ["GET", "/admin/cooperatives/:coop/statement", "admin"],
  ["GET", "/admin/cooperatives/:id/statement", "admin"],
  ["GET", "/admin/cooperatives/:coop/stock-changes", "admin"],
  ["GET", "/admin/cooperatives/:id/stock-changes", "admin"],
  ["POST", "/admin/coordinators/:id/invite", "admin"],
  ["POST", "/admin/products/:id/artisans", "admin"],
  ["GET", "/admin/exchange-rates", "admin"],
  ["POST", "/admin/exchange-rates", "admin"],
  ["GET", "/admin/payment-decisions", "admin"],
  ["GET", "/admin/orders/:order/cooperative-parcels", "admin"],
  ["GET", "/admin/orders/:id/cooperative-parcels", "admin"],
  ["POST", "/admin/orders/:order/cooperative-parcels", "admin"],
  ["POST", "/admin/orders/:id/cooperative-parcels", "admin"],
  ["POST", "/admin/orders/:order/cooperative-parcels/:coop/ship", "admin"],
  ["POST", "/admin/orders/:order/cooperative-parcels/:id/ship", "admin"],
  ["GET", "/admin/orders/:order/cooperative-parcels/pick-list", "admin"],
  ["GET", "/admin/orders/:id/cooperative-parcels/pick-list", "admin"],
  ["GET", "/admin/payout-batches", "admin"],
  ["POST", "/admin/payout-batches", "admin"],
  ["GET", "/admin/payout-batches/:id", "admin"],
  ["GET", "/admin/payout-batches/:id/export.csv", "admin"],
  ["POST", "/admin/payout-batches/:id/transfers", "admin"],
  ["GET", "/admin/payouts", "admin"],
  ["GET", "/admin/payouts/balances", "admin"],
  ["POST", "/admin/payouts/:id/paid", "admin"],
  ["POST", "/admin/payouts/:id/failed", "admin"],
  ["GET", "/admin/product-requests", "admin"],
  ["GET", "/admin/product-requests/:id", "admin"],
  ["POST", "/admin/product-requests/:id/approve", "admin"],
  ["POST", "/admin/product-requests/:id/return", "admin"],
  ["POST", "/admin/inventory-items/location-levels/batch", "admin"],
  ["POST", "/admin/inventory-items/:item/location-levels/batch", "admin"],
  ["POST", "/admin/inventory-items/:id/location-levels/batch", "admin"],
  ["POST", "/admin/inventory-items/:item/location-levels/:location", "admin"],
  ["POST", "/admin/inventory-items/:item/location-levels/:id", "admin"],
  ["POST", "/admin/returns", "admin"],
  ["POST", "/admin/returns/:id/request", "admin"],
  ["POST", "/admin/claims", "admin"],
  ["POST", "/admin/claims/:id/request", "admin"],
  ["POST", "/admin/exchanges", "admin"],
  ["POST", "/admin/exchanges/:id/request", "admin"],
  ["POST", "/coordinator/invites/accept", "none"],
  ["GET", "/coordinator/me", "coordinator"],
  ["POST", "/coordinator/inventory", "coordinator"],
  ["GET", "/coordinator/products", "coordinator"],
  ["GET", "/coordinator/ledger", "coordinator"],
  ["GET", "/coordinator/payouts", "coordinator"],
  ["GET", "/coordinator/statement", "coordinator"],
  ["GET", "/coordinator/orders", "coordinator"],
  ["GET", "/coordinator/orders/:order", "coordinator"],
  ["GET", "/coordinator/orders/:id", "coordinator"],
  ["POST", "/coordinator/orders/:order/parcel", "coordinator"],
  ["POST", "/coordinator/orders/:id/parcel", "coordinator"],
  ["GET", "/coordinator/product-requests", "coordinator"],
  ["POST", "/coordinator/product-requests", "coordinator"],
  ["GET", "/coordinator/product-requests/:id", "coordinator"],
  ["POST", "/coordinator/product-requests/:id/resubmit", "coordinator"],
  ["POST", "/coordinator/product-requests/photos", "coordinator"],
  ["POST", "/hooks/payment/stripe_stripe", "none"],
  ["POST", "/hooks/payment/:id", "none"],
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

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let customer: { headers: Record<string, string> }
    let coordinator: { headers: Record<string, string> }
    let cooperativeId: string
    let cartId: string
    let orderId: string
    let piece: { variantId: string; inventoryItemId: string; locationId: string }

    beforeAll(async () => {
      const fixture = await createStoreFixture(getContainer(), api)
      admin = fixture.admin
      store = fixture.store
      const { data } = await api.post("/admin/cooperatives", cooperativeBody(), admin)
      cooperativeId = data.cooperative.id
      const { data: cart } = await api.post("/store/carts", { region_id: fixture.usdRegionId }, store)
      cartId = cart.cart.id
      piece = await checkoutDriver(api as any, fixture, null).createPiece(cooperativeId, "huipil-fuzz", 3, 90)
      coordinator = (
        await inviteCoordinator(api, { admin, mailbox: mail.mailbox }, cooperativeId, {
          email: "ana@fuzz.test",
          password: "telar-coordinadora-2026",
        })
      ).auth
      customer = await registerShopper(api, store, { email: "ana@example.org", password: "hilo-de-algodon-2026", first_name: "Ana" })
      const { data: me } = await api.get("/store/customers/me", customer)
      // The shopper's order of the cooperative's piece: real ids for the routes that take an order.
      const { result: order } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: fixture.usdRegionId,
          sales_channel_id: fixture.salesChannelId,
          customer_id: me.customer.id,
          email: "ana@example.org",
          currency_code: "usd",
          items: [{ variant_id: piece.variantId, title: "huipil-fuzz", unit_price: 90, quantity: 1 }],
        },
      })
      orderId = order.id
    })

    /** Rows every custom write could touch: none may change. */
    async function snapshot() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const counts: Record<string, unknown> = {}
      for (const entity of [
        "cooperative",
        "artisan",
        "payout_account",
        "producer_price",
        "exchange_rate",
        "payment_decision",
        "coordinator",
        "coordinator_invite",
        "stock_change",
        "cooperative_parcel",
        "ledger_entry",
        "payout_batch",
        "payout",
        "product_request",
        "product_request_image",
        "return",
        "inventory_level",
      ]) {
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

    it("covers more than 5000 malformed requests", () => {
      expect(ROUTES.flatMap(([method, template]) => badRequests(method, template)).length).toBeGreaterThan(5000)
    })

    it("sends each actor's requests with a login that works, so they reach the routes' own checks", async () => {
      const answers = await Promise.all([
        api.get("/admin/payouts", admin),
        api.get(`/store/orders/${orderId}/returns`, customer),
        api.get("/coordinator/me", coordinator),
        api.get(`/coordinator/orders/${orderId}`, coordinator),
        api.get(`/admin/orders/${orderId}/cooperative-parcels`, admin),
      ])
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    })

    // The database is restored before each test, so each route proves on its own that it wrote nothing.
    it.each(ROUTES)(
      "%s %s answers each malformed request with a 4xx and a message, and writes nothing",
      async (method, template, actor) => {
        const auth = { admin, store, customer, coordinator, none: { headers: {} } }[actor]
        const headers = { ...auth.headers, "content-type": "application/json" }
        const before = await snapshot()
        const failures: string[] = []
        for (const request of badRequests(method, template)) {
          const url = request.url
            .replace(":coop", cooperativeId)
            .replace(":cart", cartId)
            .replace(":order", orderId)
            .replace(":item", piece.inventoryItemId)
            .replace(":location", piece.locationId)
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
