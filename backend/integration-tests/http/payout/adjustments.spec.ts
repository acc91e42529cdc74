import { PAYOUT_MODULE } from "../../../src/modules/payout"
import type PayoutModuleService from "../../../src/modules/payout/service"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { statusOf } from "../../helpers/http"
import { ledgerReader } from "../../helpers/ledger"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let coop: string
    const { balanceOf } = ledgerReader(getContainer)
    const adjust = (body: Record<string, unknown>, cooperative = coop) =>
      statusOf(api.post(`/admin/cooperatives/${cooperative}/adjustments`, body, fixture.admin))

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      coop = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-ajuste", name: "Cooperativa Ajuste" }), fixture.admin))
        .data.cooperative.id
    })

    it("records a correction as a new entry, once per key, never below zero, and keeps earlier entries as they were", async () => {
      const more = { direction: "owed_more", amount: "250.75", note: "Precio acordado después de la venta", idempotency_key: "adjust-0001" }
      const first = await adjust(more)
      expect(first.status).toBe(201)
      expect(first.data.adjustment).toMatchObject({
        type: "adjustment",
        amount: 25075,
        currency_code: "mxn",
        actor_type: "user",
        note: more.note,
      })
      expect(first.data.adjustment.actor_id).toMatch(/^user_/)
      expect(first.data.balance).toEqual({ amount: 25075, currency_code: "mxn" })

      // A double click records it once; the same key for another correction is a conflict.
      const again = await adjust(more)
      expect(again.status).toBe(200)
      expect(again.data.adjustment.id).toBe(first.data.adjustment.id)
      expect((await adjust({ ...more, amount: "300" })).status).toBe(409)
      expect(await balanceOf(coop)).toBe(25075)

      // Taking back more than is owed is refused, with how much may be taken; nothing is written.
      const tooMuch = await adjust({ direction: "owed_less", amount: "250.76", note: "Pieza devuelta fuera de plazo" })
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toMatch(/would leave the balance below zero\. Take back at most 25075/)
      expect(await balanceOf(coop)).toBe(25075)

      const less = await adjust({ direction: "owed_less", amount: "250.75", note: "Pieza devuelta fuera de plazo" })
      expect(less.status).toBe(201)
      expect(less.data.adjustment.amount).toBe(-25075)
      expect(await balanceOf(coop)).toBe(0)

      // The first entry is still there, unchanged: the ledger has no edit path.
      const ledger = getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)
      const [entries] = await ledger.listEntries({ cooperative_id: coop }, { take: null })
      expect(entries.map((entry) => entry.amount).sort((a, b) => a - b)).toEqual([-25075, 25075])
    })

    it("takes back money once when two corrections race for the same balance", async () => {
      await adjust({ direction: "owed_more", amount: "100", note: "Diferencia de tipo de cambio" })
      const before = await balanceOf(coop)
      const answers = await Promise.all(
        [1, 2, 3].map(() => adjust({ direction: "owed_less", amount: (before / 100).toFixed(2), note: "Corrección duplicada" }))
      )
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400, 400])
      expect(await balanceOf(coop)).toBe(0)
    })

    it.each([
      [{ amount: "10", note: "Sin dirección" }, /direction/],
      [{ direction: "sideways", amount: "10", note: "Dirección rara" }, /owed_more/],
      [{ direction: "owed_more", amount: "-10", note: "Negativo" }, /cannot be negative/],
      [{ direction: "owed_more", amount: "0", note: "Cero" }, /more than 0/],
      [{ direction: "owed_more", amount: "10.999", note: "Decimales" }, /at most 2 decimals/],
      [{ direction: "owed_more", amount: "10" }, /note/],
      [{ direction: "owed_more", amount: "10", note: "Pedido ajeno", order_id: "order_nope" }, /check the order named/],
    ])("refuses %j with a 400 that says what to fix", async (body, message) => {
      const before = await balanceOf(coop)
      const answer = await adjust(body)
      expect(answer.status).toBe(400)
      expect(answer.data.message).toMatch(message)
      expect(await balanceOf(coop)).toBe(before)
    })

    it("answers 404 for an unknown cooperative and 401 without a staff login", async () => {
      const unknown = await adjust({ direction: "owed_more", amount: "10", note: "¿Quién?" }, "coop_nope")
      expect(unknown.status).toBe(404)
      const anonymous = await statusOf(
        api.post(`/admin/cooperatives/${coop}/adjustments`, { direction: "owed_more", amount: "10", note: "Sin sesión" })
      )
      expect(anonymous.status).toBe(401)
    })
  },
})
