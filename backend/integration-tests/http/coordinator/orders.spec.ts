import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import type { CoordinatorOrder, CoordinatorOrderLine, CoordinatorOrderList } from "@telar/types"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { checkoutDriver } from "../../helpers/checkout"
import { inviteCoordinator } from "../../helpers/coordinators"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { statusOf } from "../../helpers/http"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(240 * 1000)

const stripeHandle = stripeEmulatorForSuite()
const mail = mailboxForSuite()
const PASSWORD = "telar-coordinadora-2026"

type Auth = { headers: Record<string, string> }

const idsOf = (list: CoordinatorOrderList) => list.orders.map((order) => order.id)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let coopA: string
    let coopB: string
    let huipil: string
    let blusaLarge: string
    let jarra: string
    let ana: Auth
    let anaId: string
    let beto: Auth
    // mixed holds pieces of A and B; onlyA and onlyB one cooperative's each (placed in this order).
    let mixed: string
    let onlyA: string
    let onlyB: string

    const parcels = () => getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)

    async function placeOrder(lines: [string, number][]) {
      const cartId = await shop.cartWith(lines)
      await shop.payWith(cartId)
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      return completed.order.id as string
    }

    const coordinatorOf = (cooperativeId: string, name: string, email: string, language: "es" | "en") =>
      inviteCoordinator(api, { admin: fixture.admin, mailbox: mail.mailbox }, cooperativeId, {
        name,
        email,
        preferred_language: language,
        password: PASSWORD,
      })

    /** A piece with a real choice (Size: Small / Large), named in Spanish through the Translation module. */
    async function createBlouse(cooperativeId: string) {
      const { data } = await api.post(
        "/admin/products",
        {
          title: "Embroidered blouse",
          handle: "blusa-a",
          status: "published",
          shipping_profile_id: fixture.shippingProfileId,
          sales_channels: [{ id: fixture.salesChannelId }],
          options: [{ title: "Size", values: ["Small", "Large"] }],
          variants: ["Small", "Large"].map((size) => ({
            title: size,
            sku: `BLUSA-${size.toUpperCase()}`,
            manage_inventory: true,
            options: { Size: size },
            prices: [
              { amount: 70, currency_code: "usd" },
              { amount: 1260, currency_code: "mxn" },
            ],
          })),
        },
        fixture.admin
      )
      const product = data.product
      await api.post(`/admin/cooperatives/${cooperativeId}/products`, { add: [product.id] }, fixture.admin)
      const { data: coop } = await api.get(`/admin/cooperatives/${cooperativeId}`, fixture.admin)
      const large = product.variants.find((variant: any) => variant.title === "Large")
      const { data: variant } = await api.get(
        `/admin/products/${product.id}/variants/${large.id}?fields=inventory_items.inventory_item_id`,
        fixture.admin
      )
      await api.post(
        `/admin/inventory-items/${variant.variant.inventory_items[0].inventory_item_id}/location-levels`,
        { location_id: coop.cooperative.stock_location.id, stocked_quantity: 10 },
        fixture.admin
      )
      const option = product.options[0]
      const largeValue = option.values.find((value: any) => value.value === "Large")
      await createTranslationsWorkflow(getContainer()).run({
        input: {
          translations: [
            { reference: "product", reference_id: product.id, locale_code: "es-MX", translations: { title: "Blusa bordada" } },
            { reference: "product_option", reference_id: option.id, locale_code: "es-MX", translations: { title: "Talla" } },
            { reference: "product_option_value", reference_id: largeValue.id, locale_code: "es-MX", translations: { value: "Grande" } },
          ],
        },
      })
      return large.id as string
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      const admin = fixture.admin
      coopA = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-a", name: "Cooperativa A" }), admin)).data.cooperative
        .id
      coopB = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-b", name: "Cooperativa B" }), admin)).data.cooperative
        .id
      huipil = (await shop.createPiece(coopA, "huipil-a", 20, 90)).variantId
      blusaLarge = await createBlouse(coopA)
      jarra = (await shop.createPiece(coopB, "jarra-b", 20, 40)).variantId
      const anaLogin = await coordinatorOf(coopA, "Ana Pérez", "ana@coop-a.test", "es")
      ana = anaLogin.auth
      anaId = anaLogin.id
      beto = (await coordinatorOf(coopB, "Beto Gómez", "beto@coop-b.test", "en")).auth
      mixed = await placeOrder([
        [huipil, 2],
        [blusaLarge, 1],
        [jarra, 1],
      ])
      onlyA = await placeOrder([[huipil, 1]])
      onlyB = await placeOrder([[jarra, 3]])
    })

    describe("GET /coordinator/orders", () => {
      it("lists only orders holding the cooperative's pieces, newest first, with only its own lines and no money", async () => {
        const { data } = await api.get("/coordinator/orders", ana)
        expect(data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        expect(idsOf(data)).toEqual([onlyA, mixed])
        const order = data.orders.find((candidate: CoordinatorOrder) => candidate.id === mixed)
        expect(order).toMatchObject({
          canceled: false,
          ship_to: {
            name: "Ana López",
            address_1: "100 Main St",
            city: "Austin",
            province: "TX",
            postal_code: "78701",
            country_code: "US",
          },
          shipping: { speed: "standard" },
          parcel: { status: "pending", ready_at: null, handed_at: null, tracking_number: null },
        })
        expect(typeof order.display_id).toBe("number")
        expect(order.shipping.name).toBeTruthy()
        const lines = [...order.lines].sort((a: CoordinatorOrderLine, b: CoordinatorOrderLine) => a.title.localeCompare(b.title))
        // Ana reads Spanish: the blouse and its size come from the Translation module; "Default" options are not shown.
        expect(lines).toEqual([
          expect.objectContaining({
            title: "Blusa bordada",
            options: [{ name: "Talla", value: "Grande" }],
            quantity: 1,
            sku: "BLUSA-LARGE",
          }),
          expect.objectContaining({ title: "huipil-a", options: [], quantity: 2, variant_id: huipil }),
        ])
        const text = JSON.stringify(data)
        expect(text).not.toContain("jarra")
        expect(text).not.toContain(onlyB)
        for (const secret of ["unit_price", "total", "payment", "email", "pp_stripe"]) expect(text).not.toContain(secret)
      })

      it("shows the other cooperative its own orders and lines, in its coordinator's language", async () => {
        const { data } = await api.get("/coordinator/orders", beto)
        expect(idsOf(data)).toEqual([onlyB, mixed])
        const order = data.orders.find((candidate: CoordinatorOrder) => candidate.id === mixed)
        expect(order.lines).toEqual([expect.objectContaining({ title: "jarra-b", quantity: 1, variant_id: jarra })])
        expect(JSON.stringify(data)).not.toMatch(/huipil|blusa|Embroidered/i)
      })

      it("pages with limit and offset, filters by parcel status, and refuses bad parameters", async () => {
        const first = await api.get("/coordinator/orders?limit=1", ana)
        expect(first.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(idsOf(first.data)).toEqual([onlyA])
        const second = await api.get("/coordinator/orders?limit=1&offset=1", ana)
        expect(idsOf(second.data)).toEqual([mixed])

        await api.post(`/coordinator/orders/${mixed}/parcel`, { status: "ready" }, ana)
        const pending = await api.get("/coordinator/orders?parcel_status=pending", ana)
        expect(pending.data).toMatchObject({ count: 1 })
        expect(idsOf(pending.data)).toEqual([onlyA])
        const open = await api.get("/coordinator/orders?parcel_status=pending,ready", ana)
        expect(idsOf(open.data)).toEqual([onlyA, mixed])
        const repeated = await api.get("/coordinator/orders?parcel_status=pending,pending,ready", ana)
        expect(idsOf(repeated.data)).toEqual([onlyA, mixed])
        const ready = await api.get("/coordinator/orders?parcel_status=ready,handed_to_carrier", ana)
        expect(idsOf(ready.data)).toEqual([mixed])
        const handed = await api.get("/coordinator/orders?parcel_status=handed_to_carrier", ana)
        expect(handed.data).toMatchObject({ orders: [], count: 0 })
        // B's parcel of the same order has not moved.
        const betoPending = await api.get("/coordinator/orders?parcel_status=pending", beto)
        expect(idsOf(betoPending.data)).toEqual([onlyB, mixed])

        for (const query of [
          "limit=0",
          "limit=101",
          "limit=abc",
          "offset=-1",
          "parcel_status=lost",
          "parcel_status=",
          "fields=*items",
          "x=1",
        ]) {
          const { status, data } = await statusOf(api.get(`/coordinator/orders?${query}`, ana))
          expect([query, status]).toEqual([query, 400])
          expect(data.message).toBeTruthy()
        }
      })
    })

    describe("GET /coordinator/orders/:id", () => {
      it("answers one order as the list does, and 404 for another cooperative's order or one that does not exist", async () => {
        const { data } = await api.get(`/coordinator/orders/${mixed}`, ana)
        const { data: list } = await api.get("/coordinator/orders", ana)
        expect(data.order).toEqual(list.orders.find((order: CoordinatorOrder) => order.id === mixed))

        const theirs = await statusOf(api.get(`/coordinator/orders/${onlyB}`, ana))
        expect(theirs.status).toBe(404)
        expect(theirs.data.message).toBe("No encontramos ese pedido entre los pedidos de tu cooperativa.")
        const missing = await statusOf(api.get("/coordinator/orders/order_01NOPE", ana))
        expect(missing).toEqual({ status: 404, data: theirs.data })
        // Malformed ids are a 4xx (a NUL byte is refused before the route), never a 500.
        for (const id of ["%00", "a%00b", "x".repeat(3000), "%27%3B%20DROP%20TABLE%20cooperative_parcel%3B--"]) {
          for (const answer of [
            await statusOf(api.get(`/coordinator/orders/${id}`, ana)),
            await statusOf(api.post(`/coordinator/orders/${id}/parcel`, { status: "ready" }, ana)),
          ]) {
            expect([400, 404]).toContain(answer.status)
          }
        }
        const betoTries = await statusOf(api.get(`/coordinator/orders/${onlyA}`, beto))
        expect(betoTries.status).toBe(404)
        expect(betoTries.data.message).toBe("That order is not one of your cooperative's orders.")

        expect((await statusOf(api.get(`/coordinator/orders/${mixed}`))).status).toBe(401)
        expect((await statusOf(api.get("/coordinator/orders", fixture.admin))).status).toBe(401)
      })
    })

    describe("POST /coordinator/orders/:id/parcel", () => {
      it("moves the parcel forward once, records who and when, refuses going back, and staff see it", async () => {
        const ready = await api.post(`/coordinator/orders/${mixed}/parcel`, { status: "ready", client_mutation_id: "ready-1" }, ana)
        expect(ready.data).toMatchObject({
          replayed: false,
          order: { id: mixed, parcel: { status: "ready", ready_by: { id: anaId, name: "Ana Pérez" } } },
        })
        expect(ready.data.message).toMatch(/^Listo: el paquete del pedido #\d+ quedó «listo para enviar»\.$/)
        const readyAt = ready.data.order.parcel.ready_at
        expect(Date.now() - new Date(readyAt).getTime()).toBeLessThan(60_000)

        // A repeat (a double tap) changes nothing, not even the time.
        const again = await api.post(`/coordinator/orders/${mixed}/parcel`, { status: "ready" }, ana)
        expect(again.data).toMatchObject({ replayed: true, order: { parcel: { status: "ready", ready_at: readyAt } } })
        expect(again.data.message).toMatch(/ya estaba «listo para enviar»\. No cambió nada\./)

        const handed = await api.post(
          `/coordinator/orders/${mixed}/parcel`,
          { status: "handed_to_carrier", carrier: " Estafeta ", tracking_number: "EST 123456" },
          ana
        )
        expect(handed.data.order.parcel).toMatchObject({
          status: "handed_to_carrier",
          ready_at: readyAt,
          handed_by: { id: anaId, name: "Ana Pérez" },
          carrier: "Estafeta",
          tracking_number: "EST 123456",
        })

        const back = await statusOf(api.post(`/coordinator/orders/${mixed}/parcel`, { status: "ready" }, ana))
        expect(back.status).toBe(400)
        expect(back.data.message).toMatch(
          /^No se puede: el paquete del pedido #\d+ ya está «entregado a la paquetería» y no puede volver a «listo para enviar»\.$/
        )
        const otherGuide = await statusOf(
          api.post(`/coordinator/orders/${mixed}/parcel`, { status: "handed_to_carrier", tracking_number: "EST 999" }, ana)
        )
        expect(otherGuide.status).toBe(400)
        expect(otherGuide.data.message).toMatch(/ya se entregó a Estafeta con la guía EST 123456/)
        // The same handing again, or a replay of the first "ready" (its mutation id), is answered, not refused.
        const repeatHanded = await api.post(
          `/coordinator/orders/${mixed}/parcel`,
          { status: "handed_to_carrier", tracking_number: "est 123456" },
          ana
        )
        expect(repeatHanded.data).toMatchObject({
          replayed: true,
          order: { parcel: { status: "handed_to_carrier", tracking_number: "EST 123456" } },
        })
        const replay = await api.post(`/coordinator/orders/${mixed}/parcel`, { status: "ready", client_mutation_id: "ready-1" }, ana)
        expect(replay.data).toMatchObject({ replayed: true, order: { parcel: { status: "handed_to_carrier" } } })

        const rows = await parcels().listCooperativeParcels({ order_id: mixed }, { take: null })
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ cooperative_id: coopA, status: "handed_to_carrier", ready_by: anaId, handed_by: anaId })

        // Staff: each cooperative's parcel with its status, who set it and when, and the guide number.
        const { data: staff } = await api.get(`/admin/orders/${mixed}/cooperative-parcels`, fixture.admin)
        const byCooperative = Object.fromEntries(staff.parcels.map((parcel: any) => [parcel.cooperative.id, parcel.progress]))
        expect(byCooperative[coopA]).toEqual({
          status: "handed_to_carrier",
          ready_at: readyAt,
          ready_by: { id: anaId, name: "Ana Pérez" },
          handed_at: handed.data.order.parcel.handed_at,
          handed_by: { id: anaId, name: "Ana Pérez" },
          carrier: "Estafeta",
          tracking_number: "EST 123456",
        })
        expect(byCooperative[coopB]).toMatchObject({ status: "pending", ready_by: null, handed_by: null })
        // Nor does B's coordinator see A's parcel status on the order they share.
        const { data: betoView } = await api.get(`/coordinator/orders/${mixed}`, beto)
        expect(betoView.order.parcel.status).toBe("pending")
      })

      it("may hand a parcel over without marking it ready first, and answers in English to an English-speaking coordinator", async () => {
        const { data } = await api.post(`/coordinator/orders/${onlyB}/parcel`, { status: "handed_to_carrier" }, beto)
        expect(data.order.parcel).toMatchObject({ status: "handed_to_carrier", ready_at: null, ready_by: null, carrier: null })
        expect(data.message).toMatch(/^Done: the parcel of order #\d+ is now "handed to the carrier"\.$/)
        const back = await statusOf(api.post(`/coordinator/orders/${onlyB}/parcel`, { status: "ready" }, beto))
        expect(back.status).toBe(400)
        expect(back.data.message).toMatch(/cannot go back to "ready to send"/)
      })

      it("moves the parcel once when the same request arrives several times at once", async () => {
        const answers = await Promise.all(
          Array.from({ length: 6 }, (_, index) =>
            statusOf(api.post(`/coordinator/orders/${onlyA}/parcel`, { status: "ready", client_mutation_id: `tap-${index}` }, ana))
          )
        )
        expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200))
        expect(answers.filter((answer) => !answer.data.replayed)).toHaveLength(1)
        const readyAt = new Set(answers.map((answer) => answer.data.order.parcel.ready_at))
        expect(readyAt.size).toBe(1)
        const rows = await parcels().listCooperativeParcels({ order_id: onlyA }, { take: null })
        expect(rows).toHaveLength(1)
      })

      it("refuses another cooperative's order with a 404 and writes nothing", async () => {
        for (const body of [{ status: "ready" }, { status: "handed_to_carrier", tracking_number: "X1" }]) {
          const answer = await statusOf(api.post(`/coordinator/orders/${onlyA}/parcel`, body, beto))
          expect(answer.status).toBe(404)
          expect(answer.data.message).toBe("That order is not one of your cooperative's orders.")
        }
        expect((await statusOf(api.post("/coordinator/orders/order_01NOPE/parcel", { status: "ready" }, beto))).status).toBe(404)
        // On the shared order B moves only its own parcel.
        await api.post(`/coordinator/orders/${mixed}/parcel`, { status: "ready" }, beto)
        const rows = await parcels().listCooperativeParcels({}, { take: null })
        expect(rows.map((row) => [row.order_id, row.cooperative_id, row.status])).toEqual([[mixed, coopB, "ready"]])
        expect((await api.get(`/coordinator/orders/${mixed}`, ana)).data.order.parcel.status).toBe("pending")
      })

      it("refuses a canceled order, which leaves the list", async () => {
        const { status } = await api.post(`/admin/orders/${onlyA}/cancel`, {}, fixture.admin)
        expect(status).toBe(200)
        const refused = await statusOf(api.post(`/coordinator/orders/${onlyA}/parcel`, { status: "ready" }, ana))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^El pedido #\d+ se canceló: no lo envíes\.$/)
        expect(await parcels().listCooperativeParcels({ order_id: onlyA }, { take: null })).toHaveLength(0)
        const { data } = await api.get("/coordinator/orders", ana)
        expect(idsOf(data)).toEqual([mixed])
        expect((await api.get(`/coordinator/orders/${onlyA}`, ana)).data.order.canceled).toBe(true)
      })

      it("undoes a move when a later step fails (the workflow's compensation), only while the parcel stands where it put it", async () => {
        const service = parcels()
        const move = await service.moveParcelForward({ order_id: mixed, cooperative_id: coopA, status: "ready", actor_id: anaId })
        expect(move).toMatchObject({ outcome: "moved", previous_status: "pending", parcel: { status: "ready", ready_by: anaId } })
        await service.undoParcelMove({ parcel_id: move.parcel.id, status: "ready", previous_status: "pending", actor_id: anaId })
        const [undone] = await service.listCooperativeParcels({ id: move.parcel.id })
        expect(undone).toMatchObject({ status: "pending", ready_at: null, ready_by: null })

        await service.moveParcelForward({ order_id: mixed, cooperative_id: coopA, status: "ready", actor_id: anaId })
        const handed = await service.moveParcelForward({
          order_id: mixed,
          cooperative_id: coopA,
          status: "handed_to_carrier",
          actor_id: anaId,
          carrier: "DHL",
        })
        expect(handed).toMatchObject({ outcome: "moved", previous_status: "ready" })
        await service.undoParcelMove({
          parcel_id: handed.parcel.id,
          status: "handed_to_carrier",
          previous_status: "ready",
          actor_id: anaId,
        })
        const [back] = await service.listCooperativeParcels({ id: handed.parcel.id })
        expect(back).toMatchObject({ status: "ready", ready_by: anaId, handed_at: null, carrier: null })
        // An undo of a move that is no longer the parcel's state changes nothing.
        await service.undoParcelMove({
          parcel_id: handed.parcel.id,
          status: "handed_to_carrier",
          previous_status: "pending",
          actor_id: anaId,
        })
        expect((await service.listCooperativeParcels({ id: handed.parcel.id }))[0]).toMatchObject({ status: "ready" })
      })

      it("refuses bad bodies with a 400", async () => {
        for (const body of [
          {},
          { status: "pending" },
          { status: "delivered" },
          { status: "ready", carrier: "DHL" },
          { status: "handed_to_carrier", tracking_number: "x".repeat(101) },
          { status: "ready", client_mutation_id: "no spaces" },
          { status: "ready", order_id: onlyB },
        ]) {
          const answer = await statusOf(api.post(`/coordinator/orders/${mixed}/parcel`, body, ana))
          expect([JSON.stringify(body), answer.status]).toEqual([JSON.stringify(body), 400])
        }
        expect(await parcels().listCooperativeParcels({}, { take: null })).toHaveLength(0)
      })
    })
  },
})
