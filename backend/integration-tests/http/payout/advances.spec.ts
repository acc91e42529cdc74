import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import sweepMissingEarningsJob, { sweepMissingEarnings } from "../../../src/jobs/sweep-missing-earnings"
import reverseCancelledOrder from "../../../src/subscribers/order-cancellation-reversals"
import recordOrderEarnings from "../../../src/subscribers/order-earnings"
import { checkoutDriver, sleep, waitFor } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { ledgerReader } from "../../helpers/ledger"
import { statusOf } from "../../helpers/http"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(300 * 1000)

const stripeHandle = stripeEmulatorForSuite()

// 612.50 MXN a huipil of cooperative A, 180.25 MXN a jarra of cooperative B, in centavos.
const HUIPIL = 61250
const JARRA = 18025

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let coopA: string
    let coopB: string
    let huipil: string
    let jarra: string

    const { ledger, entriesOf, balanceOf } = ledgerReader(getContainer)
    const outstandingOf = async (cooperative: string) =>
      (await api.get(`/admin/cooperatives/${cooperative}/advances`, fixture.admin)).data.outstanding_advance.amount as number
    const event = (name: string, id: string) => ({ event: { name, data: { id } }, container: getContainer() }) as any
    const advance = (cooperative: string, body: Record<string, unknown>) =>
      statusOf(api.post(`/admin/cooperatives/${cooperative}/advances`, body, fixture.admin))

    /** The payout batch paying an advance, as the batch workflow writes it. */
    const payOut = (cooperative: string, amount: number, id: string) =>
      ledger().appendEntries([
        {
          entry_key: `payout:${id}`,
          cooperative_id: cooperative,
          type: "payout",
          amount: -amount,
          currency_code: "mxn",
          payout_id: id,
          actor_type: "user",
          actor_id: "user_test",
          note: "SPEI",
        },
      ])

    async function placeOrder(lines: [string, number][], entries: number) {
      const cartId = await shop.cartWith(lines)
      await shop.payWith(cartId)
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      const orderId = completed.order.id as string
      await waitFor(async () => (await entriesOf(orderId)).length === entries, 30_000, `the ${entries} entries of ${orderId}`)
      return orderId
    }

    /** An order created without completing a cart: no order.placed is emitted, as when the event is lost. */
    async function orderWithoutEvent(lines: [string, number][]) {
      const prices: Record<string, [string, number]> = { [huipil]: ["huipil-a", 90], [jarra]: ["jarra-b", 40] }
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: fixture.usdRegionId,
          sales_channel_id: fixture.salesChannelId,
          email: "lost-event@example.org",
          currency_code: "usd",
          items: lines.map(([variant, quantity]) => ({
            variant_id: variant,
            title: prices[variant][0],
            unit_price: prices[variant][1],
            quantity,
          })),
        },
      })
      return result.id
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      const admin = fixture.admin
      coopA = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-a", name: "Cooperativa A" }), admin)).data.cooperative
        .id
      coopB = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-b", name: "Cooperativa B" }), admin)).data.cooperative
        .id
      huipil = (await shop.createPiece(coopA, "huipil-a", 50, 90)).variantId
      jarra = (await shop.createPiece(coopB, "jarra-b", 50, 40)).variantId
      await api.post(`/admin/cooperatives/${coopA}/producer-prices`, { prices: [{ variant_id: huipil, amount: "612.50" }] }, admin)
      await api.post(`/admin/cooperatives/${coopB}/producer-prices`, { prices: [{ variant_id: jarra, amount: "180.25" }] }, admin)
      await api.post("/admin/exchange-rates", { rate: "17.85" }, admin)
    })

    describe("POST /admin/cooperatives/:id/advances", () => {
      it("grants an advance once per key and answers what is outstanding", async () => {
        const body = { amount: "1500.00", note: "Anticipo: la mitad de 4 huipiles encargados", idempotency_key: "advance-test-0001" }
        const first = await advance(coopA, body)
        expect(first.status).toBe(201)
        expect(first.data).toMatchObject({
          cooperative_id: coopA,
          advance: { type: "advance", amount: 150000, currency_code: "mxn", actor_type: "user", note: body.note, outstanding: 150000 },
          outstanding_advance: { amount: 150000, currency_code: "mxn" },
          // Owed now: the next payout batch pays it.
          balance: { amount: 150000, currency_code: "mxn" },
        })
        expect(first.data.advance.actor_id).toMatch(/^user_/)

        const again = await advance(coopA, body)
        expect(again.status).toBe(200)
        expect(again.data.advance.id).toBe(first.data.advance.id)
        expect(await balanceOf(coopA)).toBe(150000)
        const conflict = await advance(coopA, { ...body, amount: "1600.00" })
        expect(conflict.status).toBe(409)

        // Without a key each request is a new advance.
        expect((await advance(coopA, { amount: 250, note: "Segundo anticipo" })).status).toBe(201)
        const { data } = await api.get(`/admin/cooperatives/${coopA}/advances`, fixture.admin)
        expect(data.outstanding_advance.amount).toBe(175000)
        expect(data.advances.map((row: { amount: number; outstanding: number }) => [row.amount, row.outstanding])).toEqual([
          [25000, 25000],
          [150000, 150000],
        ])
      })

      it("refuses bad input with a 400 a person can act on, an unknown cooperative with a 404, and no login", async () => {
        const note = "Anticipo"
        for (const body of [
          { amount: 0, note },
          { amount: "abc", note },
          { amount: "10.999", note },
          { amount: "-5", note },
          { amount: "5000000.01", note },
          { amount: 100, note, currency_code: "usd" },
          { amount: 100 },
          { amount: 100, note: "" },
          { amount: 100, note, cooperative_id: coopB },
          { amount: 100, note, idempotency_key: "bad key!" },
          { amount: 100, note, order_id: "order_missing" },
        ]) {
          const { status, data } = await advance(coopA, body)
          expect({ body, status }).toEqual({ body, status: 400 })
          expect(typeof data.message).toBe("string")
        }
        expect((await advance("coop_missing", { amount: 100, note })).status).toBe(404)
        expect((await statusOf(api.post(`/admin/cooperatives/${coopA}/advances`, { amount: 100, note }))).status).toBe(401)
        expect((await statusOf(api.get("/admin/cooperatives/coop_missing/advances", fixture.admin))).status).toBe(404)
        expect(await balanceOf(coopA)).toBe(0)
      })
    })

    describe("recoupment", () => {
      it("recoups the advance from later earnings, never below zero, and gives it back when an earning is reversed", async () => {
        const { data } = await advance(coopA, { amount: "1500.00", note: "Anticipo de encargo" })
        await payOut(coopA, 150000, "payout_advance_1")
        expect(await balanceOf(coopA)).toBe(0)

        // 1,225.00 earned, all of it recoups the advance: nothing more is owed yet.
        const first = await placeOrder([[huipil, 2]], 2)
        const recoupment = (await entriesOf(first)).find((entry) => entry.type === "advance_recoupment")
        expect(recoupment).toMatchObject({
          cooperative_id: coopA,
          amount: -2 * HUIPIL,
          snapshot: expect.objectContaining({ balance_before: 2 * HUIPIL }),
        })
        expect(await balanceOf(coopA)).toBe(0)
        expect(await outstandingOf(coopA)).toBe(150000 - 2 * HUIPIL)

        // 612.50 earned, 275.00 of it finishes the advance; 337.50 is owed.
        const second = await placeOrder([[huipil, 1]], 2)
        expect((await entriesOf(second)).find((entry) => entry.type === "advance_recoupment")!.amount).toBe(-(150000 - 2 * HUIPIL))
        expect(await balanceOf(coopA)).toBe(HUIPIL - (150000 - 2 * HUIPIL))
        expect(await outstandingOf(coopA)).toBe(0)

        // Recovered: the next earning is owed in full.
        const third = await placeOrder([[huipil, 1]], 1)
        expect(await balanceOf(coopA)).toBe(2 * HUIPIL - (150000 - 2 * HUIPIL))

        // The first order is cancelled: its earning is reversed and its recoupment goes back to the advance.
        expect((await api.post(`/admin/orders/${first}/cancel`, {}, fixture.admin)).status).toBe(200)
        await waitFor(async () => (await entriesOf(first)).length === 4, 30_000, "the reversal and the restore")
        expect(await balanceOf(coopA)).toBe(2 * HUIPIL - (150000 - 2 * HUIPIL))
        expect(await outstandingOf(coopA)).toBe(2 * HUIPIL)
        const { data: after } = await api.get(`/admin/cooperatives/${coopA}/advances`, fixture.admin)
        expect(after.advances).toEqual([
          expect.objectContaining({ id: data.advance.id, recovered: 150000 - 2 * HUIPIL, outstanding: 2 * HUIPIL }),
        ])

        // Replays write nothing.
        for (const order of [first, second, third]) await recordOrderEarnings(event(OrderWorkflowEvents.PLACED, order))
        await reverseCancelledOrder(event(OrderWorkflowEvents.CANCELED, first))
        expect(await entriesOf(first)).toHaveLength(4)
        expect(await entriesOf(second)).toHaveLength(2)
        expect(await entriesOf(third)).toHaveLength(1)
        expect(await balanceOf(coopA)).toBe(2 * HUIPIL - (150000 - 2 * HUIPIL))

        // An advance names an order of the cooperative's own pieces.
        const jarraOrder = await placeOrder([[jarra, 1]], 1)
        expect((await advance(coopA, { amount: 100, note: "Anticipo", order_id: jarraOrder })).status).toBe(400)
        const forB = await advance(coopB, { amount: "90.125", note: "Anticipo", order_id: jarraOrder })
        expect(forB.status).toBe(400)
        const ofB = await advance(coopB, { amount: "90.12", note: "Anticipo de la jarra", order_id: jarraOrder })
        expect(ofB.status).toBe(201)
        expect(ofB.data.advance).toMatchObject({ amount: 9012, order_id: jarraOrder })
        expect(await balanceOf(coopB)).toBe(JARRA + 9012)
      })

      it("never recoups the same money twice when two orders land at once", async () => {
        await advance(coopA, { amount: "800.00", note: "Anticipo" })
        await payOut(coopA, 80000, "payout_advance_2")
        // Two orders whose earnings are written at the same moment, by several workers each.
        const orders = [await orderWithoutEvent([[huipil, 1]]), await orderWithoutEvent([[huipil, 1]])]
        await Promise.all([...orders, ...orders].map((order) => recordOrderEarnings(event(OrderWorkflowEvents.PLACED, order))))
        const entries = (await Promise.all(orders.map(entriesOf))).flat()
        expect(entries.filter((entry) => entry.type === "earning")).toHaveLength(2)
        const recouped = entries.filter((entry) => entry.type === "advance_recoupment").map((entry) => entry.amount)
        // 612.50 recouped from one, the 187.50 left of the advance from the other.
        expect(recouped.sort((a, b) => a - b)).toEqual([-HUIPIL, -(80000 - HUIPIL)])
        expect(await balanceOf(coopA)).toBe(2 * HUIPIL - 80000)
        expect(await outstandingOf(coopA)).toBe(0)
      })

      it("never pays out what a recoupment takes at the same moment: the balance stays at zero, not below", async () => {
        await advance(coopA, { amount: "8000.00", note: "Anticipo" })
        await payOut(coopA, 800000, "payout_advance_3")
        let paid = 0
        for (let round = 0; round < 5; round++) {
          const order = await orderWithoutEvent([[huipil, 1]])
          let recording = true
          // Staff keep trying to pay the whole balance while the order's earning is written and recouped.
          const payouts = (async () => {
            while (recording) {
              const batch = await ledger()
                .createPayoutBatch({
                  created_by: "user_test",
                  payouts: [
                    {
                      cooperative_id: coopA,
                      amount: null,
                      method: "spei",
                      account_holder: "Cooperativa A",
                      clabe: "002180700123456781",
                      stripe_account_id: null,
                    },
                  ],
                })
                .catch(() => null)
              if (batch) paid += batch.payouts.reduce((sum, payout) => sum + payout.amount, 0)
            }
          })()
          await recordOrderEarnings(event(OrderWorkflowEvents.PLACED, order)).finally(() => {
            recording = false
          })
          await payouts
          expect(await balanceOf(coopA)).toBe(0)
        }
        // Each earning went either to the advance or to a payout, never to both.
        expect(paid + (800000 - (await outstandingOf(coopA)))).toBe(5 * HUIPIL)
      })
    })

    describe("sweep of missing earnings", () => {
      it("writes the earnings of an order whose order.placed was lost, once however often it runs", async () => {
        const placed = await placeOrder([[huipil, 1]], 1)
        const lost = {
          id: await orderWithoutEvent([
            [huipil, 2],
            [jarra, 1],
          ]),
        }
        await sleep(1000)
        expect(await entriesOf(lost.id)).toHaveLength(0)

        const since = new Date(Date.now() - 60 * 60 * 1000)
        const report = await sweepMissingEarnings(getContainer(), since)
        expect(report.recorded).toEqual([{ order_id: lost.id, entries: 2 }])
        expect(report.failed).toEqual([])
        const entries = await entriesOf(lost.id)
        expect(entries.map((entry) => [entry.type, entry.cooperative_id, entry.amount, entry.actor_id]).sort()).toEqual(
          [
            ["earning", coopA, 2 * HUIPIL, "job:sweep-missing-earnings"],
            ["earning", coopB, JARRA, "job:sweep-missing-earnings"],
          ].sort()
        )
        expect(await entriesOf(placed)).toHaveLength(1)

        // Run again, twice at once, and as the scheduled job: nothing more.
        const again = await Promise.all([sweepMissingEarnings(getContainer(), since), sweepMissingEarnings(getContainer(), since)])
        expect(again.map((run) => run.recorded)).toEqual([[], []])
        await Promise.all([sweepMissingEarningsJob(getContainer()), sweepMissingEarningsJob(getContainer())])
        expect(await entriesOf(lost.id)).toHaveLength(2)
        expect(await balanceOf(coopA)).toBe(3 * HUIPIL)
        expect(await balanceOf(coopB)).toBe(JARRA)
      })
    })
  },
})
