import { Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { hashInviteToken } from "../../../src/workflows/coordinator/steps/invites"
import { checkoutDriver } from "../../helpers/checkout"
import { invitationToken, inviteCoordinator } from "../../helpers/coordinators"
import { statusOf } from "../../helpers/http"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

const mail = mailboxForSuite()
const PASSWORD = "telar-coordinadora-2026"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let coopA: string
    let coopB: string
    let pieceA: { variantId: string; inventoryItemId: string; locationId: string; productId: string }
    let pieceB: { variantId: string; inventoryItemId: string; locationId: string; productId: string }
    let ana: { headers: { authorization: string } }
    let anaId: string

    const level = async (piece: { inventoryItemId: string; locationId: string }) => {
      const [found] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: piece.inventoryItemId, location_id: piece.locationId })
      return { stocked: Number(found.stocked_quantity), reserved: Number(found.reserved_quantity) }
    }

    const inviteAndAccept = (cooperativeId: string, email: string, language: "es" | "en" = "es") =>
      inviteCoordinator(api, { admin: fixture.admin, mailbox: mail.mailbox }, cooperativeId, {
        name: "Ana Pérez",
        email,
        phone: "+52 967 123 4567",
        preferred_language: language,
        password: PASSWORD,
      })

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      const driver = checkoutDriver(api as any, fixture, null)
      const a = await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-a", name: "Cooperativa A" }), fixture.admin)
      const b = await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-b", name: "Cooperativa B" }), fixture.admin)
      coopA = a.data.cooperative.id
      coopB = b.data.cooperative.id
      pieceA = await driver.createPiece(coopA, "huipil-a", 5, 90)
      pieceB = await driver.createPiece(coopB, "jarra-b", 3, 40)
      // Ana coordinates cooperative A in every test (the database returns to this point before each).
      const invited = await inviteAndAccept(coopA, "ana@coop-a.test")
      ana = invited.auth
      anaId = invited.id
    })

    describe("invitation and login", () => {
      it("invites by mail in Spanish; the link sets a password once; then the coordinator logs in", async () => {
        mail.mailbox.clear()
        const { data, status } = await api.post(
          `/admin/cooperatives/${coopA}/coordinators`,
          { name: "Rosa Gómez", email: "Rosa@Coop-A.test" },
          fixture.admin
        )
        expect(status).toBe(201)
        expect(data.coordinator).toMatchObject({ email: "rosa@coop-a.test", status: "invited", preferred_language: "es" })
        const message = await mail.mailbox.waitForMail({ to: "rosa@coop-a.test" })
        expect(mail.mailbox.messages()).toHaveLength(1)
        expect(message.subject).toContain("Cooperativa A")
        expect(message.text).toContain("/es/cooperativa/invitacion?token=")
        const token = invitationToken(message.text)

        // Not a coordinator until the invitation is accepted.
        expect((await statusOf(api.post("/auth/coordinator/emailpass", { email: "rosa@coop-a.test", password: PASSWORD }))).status).toBe(
          401
        )

        const short = await statusOf(api.post("/coordinator/invites/accept", { token, password: "corta" }))
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/password.*10/)

        const accepted = await statusOf(api.post("/coordinator/invites/accept", { token, password: PASSWORD }))
        expect(accepted.status).toBe(200)
        const again = await statusOf(api.post("/coordinator/invites/accept", { token, password: "otra-contrasena-larga" }))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/not valid any more/)

        const login = await api.post("/auth/coordinator/emailpass", { email: "rosa@coop-a.test", password: PASSWORD })
        const rosa = { headers: { authorization: `Bearer ${login.data.token}` } }
        const { data: me } = await api.get("/coordinator/me", rosa)
        expect(me.coordinator).toMatchObject({
          id: data.coordinator.id,
          email: "rosa@coop-a.test",
          cooperative: { id: coopA, name: "Cooperativa A" },
        })
        // Their own account, masked: the last four digits only.
        expect(me.coordinator.cooperative.payout_account.clabe).toBe("•••• 9719")
        expect(JSON.stringify(me)).not.toContain("032180000118359719")
      })

      it("refuses self-registration, unknown and expired invitations, and a token used twice at once", async () => {
        const register = await statusOf(
          api.post("/auth/coordinator/emailpass/register", { email: "intruso@example.org", password: PASSWORD })
        )
        expect(register.status).toBe(403)
        expect(register.data.message).toMatch(/invitation only/)

        const unknown = await statusOf(api.post("/coordinator/invites/accept", { token: "x".repeat(43), password: PASSWORD }))
        expect(unknown.status).toBe(400)

        mail.mailbox.clear()
        await api.post(`/admin/cooperatives/${coopA}/coordinators`, { name: "Tarde", email: "tarde@coop-a.test" }, fixture.admin)
        const late = invitationToken((await mail.mailbox.waitForMail({ to: "tarde@coop-a.test" })).text)
        const service = getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
        const [coordinator] = await service.listCoordinators({ email: "tarde@coop-a.test" })
        const invites = await service.listCoordinatorInvites({ coordinator_id: coordinator.id })
        await service.updateCoordinatorInvites({ id: invites[0].id, expires_at: new Date(Date.now() - 1000) })
        expect((await statusOf(api.post("/coordinator/invites/accept", { token: late, password: PASSWORD }))).status).toBe(400)

        // A new invitation replaces the old link, however many are asked for at once: one stays
        // open, the newest mailed; two clicks on it at once: one wins.
        mail.mailbox.clear()
        const resent = await Promise.all(
          Array.from({ length: 3 }, () => statusOf(api.post(`/admin/coordinators/${coordinator.id}/invite`, {}, fixture.admin)))
        )
        expect(resent.map((answer) => answer.status)).toEqual([200, 200, 200])
        const open = await service.listCoordinatorInvites({ coordinator_id: coordinator.id, accepted_at: null, revoked_at: null })
        expect(open).toHaveLength(1)
        for (const deadline = Date.now() + 10_000; mail.mailbox.messages().length < 3 && Date.now() < deadline; ) {
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        const tokens = mail.mailbox.messages().map((message) => invitationToken(message.text))
        const live = tokens.filter((token) => hashInviteToken(token) === open[0].token_hash)
        expect(live).toHaveLength(1)
        const fresh = live[0]
        const both = await Promise.all([
          statusOf(api.post("/coordinator/invites/accept", { token: fresh, password: PASSWORD })),
          statusOf(api.post("/coordinator/invites/accept", { token: fresh, password: "una-segunda-contrasena" })),
        ])
        expect(both.map((answer) => answer.status).sort()).toEqual([200, 400])
        // Active now: no further invitation.
        const resend = await statusOf(api.post(`/admin/coordinators/${coordinator.id}/invite`, {}, fixture.admin))
        expect(resend.status).toBe(400)
      })

      it("refuses a second coordinator with the same email and bad invitation input with a message", async () => {
        const duplicate = await statusOf(
          api.post(`/admin/cooperatives/${coopB}/coordinators`, { name: "Otra Ana", email: "ana@coop-a.test" }, fixture.admin)
        )
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.message).toMatch(/already exists/)
        const bad = await statusOf(
          api.post(`/admin/cooperatives/${coopB}/coordinators`, { name: "", email: "no-es-correo" }, fixture.admin)
        )
        expect(bad.status).toBe(400)
        const missing = await statusOf(
          api.post("/admin/cooperatives/coop_missing/coordinators", { name: "N", email: "n@example.org" }, fixture.admin)
        )
        expect(missing.status).toBe(404)
      })

      it("keeps actors apart: staff tokens are not coordinator tokens and the other way round", async () => {
        expect((await statusOf(api.get("/coordinator/me"))).status).toBe(401)
        expect((await statusOf(api.get("/coordinator/me", fixture.admin))).status).toBe(401)
        expect((await statusOf(api.get("/admin/cooperatives", ana))).status).toBe(401)
        // A disabled coordinator is out at once, whatever their token says.
        const service = getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
        await service.updateCoordinators({ id: anaId, status: "disabled" })
        expect((await statusOf(api.get("/coordinator/me", ana))).status).toBe(401)
        await service.updateCoordinators({ id: anaId, status: "active" })
        expect((await statusOf(api.get("/coordinator/me", ana))).status).toBe(200)
      })
    })

    describe("the cooperative's shelf", () => {
      it("lists only the coordinator's own cooperative's pieces, with stock at its location", async () => {
        const { data } = await api.get("/coordinator/products", ana)
        expect(data.location_id).toBe(pieceA.locationId)
        expect(data.products.map((product: { id: string }) => product.id)).toEqual([pieceA.productId])
        expect(data.products[0].variants[0]).toMatchObject({
          id: pieceA.variantId,
          stocked_quantity: 5,
          reserved_quantity: 0,
          available_quantity: 5,
          sold_last_30_days: 0,
        })
        expect(JSON.stringify(data)).not.toContain(pieceB.variantId)
      })

      it("never touches another cooperative's stock: a foreign piece makes the whole batch a 404, with no write", async () => {
        const routesTried: string[] = []
        const foreign = await statusOf(
          api.post(
            "/coordinator/inventory",
            { changes: [{ client_mutation_id: "x-1", variant_id: pieceB.variantId, stocked_quantity: 0 }] },
            ana
          )
        )
        routesTried.push("POST /coordinator/inventory (foreign variant)")
        expect(foreign.status).toBe(404)
        const mixed = await statusOf(
          api.post(
            "/coordinator/inventory",
            {
              changes: [
                { client_mutation_id: "x-2", variant_id: pieceA.variantId, stocked_quantity: 50 },
                { client_mutation_id: "x-3", variant_id: pieceB.variantId, stocked_quantity: 0 },
              ],
            },
            ana
          )
        )
        routesTried.push("POST /coordinator/inventory (own + foreign variant)")
        expect(mixed.status).toBe(404)
        expect(await level(pieceA)).toEqual({ stocked: 5, reserved: 0 })
        expect(await level(pieceB)).toEqual({ stocked: 3, reserved: 0 })
        const { data: changes } = await api.get(`/admin/cooperatives/${coopA}/stock-changes`, fixture.admin)
        expect(changes.count).toBe(0)
        expect(routesTried).toHaveLength(2)
      })

      it("applies a change once: a replayed batch changes nothing and answers as the first time", async () => {
        const batch = { changes: [{ client_mutation_id: "m-1", variant_id: pieceA.variantId, stocked_quantity: 8 }] }
        const first = await api.post("/coordinator/inventory", batch, ana)
        expect(first.data.results[0]).toMatchObject({ outcome: "applied", stocked_quantity: 8, replayed: false })
        expect(first.data.results[0].message).toBe("Listo: ahora hay 8 de «huipil-a».")
        const replay = await api.post("/coordinator/inventory", { ...batch, source: "offline_sync" }, ana)
        expect(replay.data.results[0]).toMatchObject({
          outcome: "applied",
          stocked_quantity: 8,
          replayed: true,
          message: first.data.results[0].message,
        })

        // The same +1 sent twice at once (a retry racing the original): one unit added.
        const plusOne = { changes: [{ client_mutation_id: "m-2", variant_id: pieceA.variantId, delta: 1 }] }
        await Promise.all([api.post("/coordinator/inventory", plusOne, ana), api.post("/coordinator/inventory", plusOne, ana)])
        expect(await level(pieceA)).toEqual({ stocked: 9, reserved: 0 })
      })

      it("refuses to go below the units orders hold, in the coordinator's words, and flags a change made meanwhile", async () => {
        // Two units held by placed orders.
        await getContainer()
          .resolve(Modules.INVENTORY)
          .createReservationItems([{ inventory_item_id: pieceA.inventoryItemId, location_id: pieceA.locationId, quantity: 2 }])
        const { data } = await api.post(
          "/coordinator/inventory",
          {
            changes: [
              { client_mutation_id: "r-1", variant_id: pieceA.variantId, stocked_quantity: 1 },
              { client_mutation_id: "r-2", variant_id: pieceA.variantId, delta: -4 },
              { client_mutation_id: "r-3", variant_id: pieceA.variantId, delta: -3 },
              { client_mutation_id: "r-4", variant_id: pieceA.variantId, stocked_quantity: 6, expected_stocked_quantity: 5 },
            ],
          },
          ana
        )
        expect(data.results.map((result: { outcome: string }) => result.outcome)).toEqual(["refused", "refused", "applied", "conflict"])
        expect(data.results[0].message).toBe("No se puede: 2 piezas de «huipil-a» ya están vendidas y falta enviarlas. Deja al menos 2.")
        expect(data.results[3].message).toBe("La cantidad de «huipil-a» cambió mientras tanto (ahora hay 2). Revisa y vuelve a guardar.")
        expect(await level(pieceA)).toEqual({ stocked: 2, reserved: 2 })

        // Staff see every change: who, from what to what, and what happened.
        const { data: changes } = await api.get(`/admin/cooperatives/${coopA}/stock-changes?limit=20`, fixture.admin)
        expect(changes.count).toBe(4)
        const applied = changes.stock_changes.filter((change: { outcome: string }) => change.outcome === "applied")
        expect(applied.map((change: any) => [change.previous_quantity, change.new_quantity, change.reserved_quantity])).toEqual([[5, 2, 2]])
        expect(changes.stock_changes.every((change: any) => change.actor_type === "coordinator" && change.actor_id === anaId)).toBe(true)
      })

      // The variant id is filled in at run time; the database is restored before each case.
      it.each([
        ["an empty batch", []],
        ["a change with no quantity", [{ client_mutation_id: "b-1" }]],
        ["a change with both a quantity and a delta", [{ client_mutation_id: "b-2", stocked_quantity: 1, delta: 1 }]],
        ["a fractional quantity", [{ client_mutation_id: "b-3", stocked_quantity: 1.5 }]],
        ["a mutation id with a space", [{ client_mutation_id: "b 4", stocked_quantity: 1 }]],
        [
          "a mutation id used twice",
          [
            { client_mutation_id: "b-5", stocked_quantity: 1 },
            { client_mutation_id: "b-5", stocked_quantity: 3 },
          ],
        ],
      ] as [string, Record<string, unknown>[]][])("answers %s with a 400 and a message, and writes nothing", async (_case, changes) => {
        const body = { changes: changes.map((change) => ({ ...change, variant_id: pieceA.variantId })) }
        const answer = await statusOf(api.post("/coordinator/inventory", body, ana))
        expect([answer.status, typeof answer.data?.message]).toEqual([400, "string"])
        expect(await level(pieceA)).toEqual({ stocked: 5, reserved: 0 })
      })

      it("gives each cooperative's coordinator their own shelf, and English to those who read English", async () => {
        const ben = await inviteAndAccept(coopB, "ben@coop-b.test", "en")
        expect(ben.invitation.subject).toMatch(/invit/i)
        expect(ben.invitation.text).toContain("/en/cooperative/invitation?token=")
        const { data } = await api.get("/coordinator/products", ben.auth)
        expect(data.products.map((product: { id: string }) => product.id)).toEqual([pieceB.productId])
        const own = await api.post(
          "/coordinator/inventory",
          { changes: [{ client_mutation_id: "m-1", variant_id: pieceB.variantId, delta: -4 }] },
          ben.auth
        )
        // Mutation ids are per coordinator: Ana's "m-1" is not Ben's.
        expect(own.data.results[0]).toMatchObject({
          outcome: "refused",
          replayed: false,
          message: 'Not possible: "jarra-b" cannot go below 0.',
        })
        const foreign = await statusOf(
          api.post("/coordinator/inventory", { changes: [{ client_mutation_id: "m-9", variant_id: pieceA.variantId, delta: 1 }] }, ben.auth)
        )
        expect(foreign.status).toBe(404)
        expect(await level(pieceA)).toEqual({ stocked: 5, reserved: 0 })
      })
    })
  },
})
