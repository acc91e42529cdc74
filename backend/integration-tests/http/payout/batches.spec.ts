import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreatePayoutBatchWorkflowInput, createPayoutBatchWorkflow } from "../../../src/workflows/payout/create-payout-batch"
import { UNDONE_BATCH_REASON } from "../../../src/workflows/payout/create-payout-batch/steps/create-payout-batch"
import { markPayoutPaidWorkflow } from "../../../src/workflows/payout/mark-payout-paid"
import type { MarkPayoutPaidInput } from "../../../src/workflows/payout/mark-payout-paid/steps/mark-payout-paid"
import { sendPayoutTransfersWorkflow } from "../../../src/workflows/payout/send-payout-transfers"
import { checkoutDriver, waitFor } from "../../helpers/checkout"
import { inviteCoordinator } from "../../helpers/coordinators"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { ledgerReader } from "../../helpers/ledger"
import { statusOf } from "../../helpers/http"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(240 * 1000)

const stripeHandle = stripeEmulatorForSuite()
const mail = mailboxForSuite()
const PASSWORD = "telar-coordinadora-2026"

// Worked out by hand: 2 huipiles at a producer price of 612.50 pesos = 1,225.00 pesos.
const HUIPIL_PRODUCER_PRICE = "612.50"
const ORDER_EARNING = 2 * 61250
// Cooperative B's balance is set up by hand through the ledger (the order is not the point there).
const B_BALANCE = 250075
const C_BALANCE = 80000
const D_BALANCE = 43210

const CLABE_A = "032180000118359719"
// Banxico's example CLABE with its check digit recomputed for another account (weights 3,7,1).
const CLABE_B = "002010077777777771"
const HOLDER_A = 'Mujeres "Sna", Jolom SC'
const HOLDER_B = "=Tejedoras B SC"
const STRIPE_C = "acct_1CoopC00000001"
const STRIPE_D = "acct_testNoTransfers"

type Auth = { headers: Record<string, string> }

// Each payout workflow followed by a step that fails: what its compensation leaves behind is checked below.
const failAfterward = createStep("test-payout-fail-afterward", async () => {
  throw new Error("A later step failed.")
})
const batchThenFailure = createWorkflow("test-payout-batch-then-failure", (input: CreatePayoutBatchWorkflowInput) => {
  const batch = createPayoutBatchWorkflow.runAsStep({ input })
  failAfterward()
  return new WorkflowResponse(batch)
})
const paidThenFailure = createWorkflow("test-payout-paid-then-failure", (input: MarkPayoutPaidInput) => {
  const payout = markPayoutPaidWorkflow.runAsStep({ input })
  failAfterward()
  return new WorkflowResponse(payout)
})
const transfersThenFailure = createWorkflow(
  "test-payout-transfers-then-failure",
  (input: { batch_id: string; actor_id: string | null }) => {
    const outcomes = sendPayoutTransfersWorkflow.runAsStep({ input })
    failAfterward()
    return new WorkflowResponse(outcomes)
  }
)

integrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let fixture: StoreFixture
    let coopA: string
    let coopB: string
    let coopC: string
    let coopD: string
    let orderId: string
    let ana: Auth
    let beto: Auth

    const { ledger, balanceOf } = ledgerReader(getContainer)
    const entriesOf = async (cooperative: string, type?: string) =>
      (await ledger().listEntries({ cooperative_id: cooperative, type: type as any }, { take: null }))[0]
    const transfersOf = (payoutId: string) =>
      Object.values(stripeHandle.emulator.state.transfers).filter((transfer) => transfer.transfer_group === payoutId)
    const createBatch = (body: unknown) => statusOf(api.post("/admin/payout-batches", body, fixture.admin))

    async function coordinatorOf(cooperativeId: string, email: string): Promise<Auth> {
      const staff = { admin: fixture.admin, mailbox: mail.mailbox }
      return (await inviteCoordinator(api, staff, cooperativeId, { name: "Coordinadora", email, password: PASSWORD })).auth
    }

    async function cooperative(handle: string, name: string, payoutAccount: Record<string, unknown>) {
      const body = cooperativeBody({ handle, name, payout_account: payoutAccount })
      return (await api.post("/admin/cooperatives", body, fixture.admin)).data.cooperative.id as string
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      const shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      coopA = await cooperative("coop-a", "Cooperativa A", { method: "spei", account_holder: HOLDER_A, clabe: CLABE_A })
      coopB = await cooperative("coop-b", "Cooperativa B", { method: "spei", account_holder: HOLDER_B, clabe: CLABE_B })
      coopC = await cooperative("coop-c", "Cooperativa C", {
        method: "stripe_connect",
        account_holder: "Cooperativa C SC",
        stripe_account_id: STRIPE_C,
      })
      coopD = await cooperative("coop-d", "Cooperativa D", {
        method: "stripe_connect",
        account_holder: "Cooperativa D SC",
        stripe_account_id: STRIPE_D,
      })

      // Cooperative A earns from a real order; the others' balances are appended directly.
      const huipil = (await shop.createPiece(coopA, "huipil-a", 20, 90)).variantId
      await api.post(
        `/admin/cooperatives/${coopA}/producer-prices`,
        { prices: [{ variant_id: huipil, amount: HUIPIL_PRODUCER_PRICE }] },
        fixture.admin
      )
      await api.post("/admin/exchange-rates", { rate: "17.85" }, fixture.admin)
      const cartId = await shop.cartWith([[huipil, 2]])
      await shop.payWith(cartId)
      const completed = await shop.complete(cartId)
      orderId = completed.order.id
      await waitFor(async () => (await balanceOf(coopA)) === ORDER_EARNING, 30_000, "the order's earning")
      await ledger().appendEntries(
        [
          [coopB, B_BALANCE],
          [coopC, C_BALANCE],
          [coopD, D_BALANCE],
        ].map(([cooperative_id, amount]) => ({
          entry_key: `adjustment:setup:${cooperative_id}`,
          cooperative_id: cooperative_id as string,
          type: "adjustment" as const,
          amount: amount as number,
          currency_code: "mxn",
          actor_type: "user" as const,
          actor_id: "user_setup",
          note: "Saldo inicial de prueba",
        }))
      )
      ana = await coordinatorOf(coopA, "ana@coop-a.test")
      beto = await coordinatorOf(coopB, "beto@coop-b.test")
    })

    describe("creating a batch", () => {
      it("takes each cooperative's payout out of its balance at once, with one payout entry each", async () => {
        const { status, data } = await createBatch({
          payouts: [{ cooperative_id: coopA }, { cooperative_id: coopB, amount: 100050 }],
          note: "Pagos de diciembre",
        })
        expect(status).toBe(201)
        const batch = data.payout_batch
        expect(batch).toMatchObject({
          status: "pending",
          note: "Pagos de diciembre",
          totals: { amount: ORDER_EARNING + 100050, pending: ORDER_EARNING + 100050, paid: 0, failed: 0, currency_code: "mxn" },
        })
        const [toA, toB] = batch.payouts
        expect(toA).toMatchObject({
          cooperative_id: coopA,
          method: "spei",
          amount: ORDER_EARNING,
          status: "pending",
          clabe: CLABE_A,
          account_holder: HOLDER_A,
        })
        expect(toB).toMatchObject({ cooperative_id: coopB, amount: 100050, clabe: CLABE_B })
        expect(toA.reference).toBe(`TELAR ${toA.id.replace("po_", "")}`)
        expect(toA.reference.length).toBeLessThanOrEqual(40)
        expect(data.transfer_errors).toEqual([])

        expect(await balanceOf(coopA)).toBe(0)
        expect(await balanceOf(coopB)).toBe(B_BALANCE - 100050)
        const [entry] = await entriesOf(coopA, "payout")
        expect(entry).toMatchObject({ amount: -ORDER_EARNING, payout_id: toA.id, entry_key: `payout:${toA.id}`, actor_type: "user" })

        const { data: balances } = await api.get("/admin/payouts/balances", fixture.admin)
        const byId = new Map(balances.balances.map((row: any) => [row.cooperative_id, row]))
        expect(byId.get(coopA)).toMatchObject({
          available: 0,
          pending_amount: ORDER_EARNING,
          pending_count: 1,
          payout_method: "spei",
          payout_blocker: null,
        })
        expect(byId.get(coopB)).toMatchObject({ available: B_BALANCE - 100050, pending_amount: 100050 })
        expect(byId.get(coopC)).toMatchObject({ available: C_BALANCE, pending_amount: 0, payout_method: "stripe_connect" })

        const { data: again } = await api.get(`/admin/payout-batches/${batch.id}`, fixture.admin)
        expect(again.payout_batch).toEqual(batch)
        const { data: list } = await api.get("/admin/payout-batches?limit=1&fields=id,status", fixture.admin)
        expect(list).toMatchObject({ count: 1, limit: 1, offset: 0, payout_batches: [{ id: batch.id, status: "pending" }] })
        expect(list.payout_batches[0]).not.toHaveProperty("payouts")
        const { data: ofA } = await api.get(`/admin/payouts?cooperative_id=${coopA}&status=pending`, fixture.admin)
        expect(ofA.payouts.map((payout: any) => payout.id)).toEqual([toA.id])
      })

      it("exports the SPEI payouts as the bank's CSV: exact content, quoted fields, pesos with two decimals", async () => {
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopA }, { cooperative_id: coopB, amount: 5 }] })
        const [toA, toB] = data.payout_batch.payouts
        const response = await api.get(`/admin/payout-batches/${data.payout_batch.id}/export.csv`, fixture.admin)
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8")
        expect(response.headers["content-disposition"]).toBe(`attachment; filename="telar-${data.payout_batch.id}.csv"`)
        expect(response.data).toBe(
          "CLABE,Beneficiario,Monto,Referencia\r\n" +
            `${CLABE_A},"Mujeres ""Sna"", Jolom SC",1225.00,${toA.reference}\r\n` +
            // A holder a spreadsheet would read as a formula is defused.
            `${CLABE_B},'=Tejedoras B SC,0.05,${toB.reference}\r\n`
        )

        // A payout settled is no longer in the file: downloading it again never sends it twice.
        await api.post(`/admin/payouts/${toA.id}/paid`, { tracking_key: "MBAN01002612050001" }, fixture.admin)
        const { data: after } = await api.get(`/admin/payout-batches/${data.payout_batch.id}/export.csv`, fixture.admin)
        expect(after).toBe(`CLABE,Beneficiario,Monto,Referencia\r\n${CLABE_B},'=Tejedoras B SC,0.05,${toB.reference}\r\n`)
        expect((await statusOf(api.get("/admin/payout-batches/pobatch_missing/export.csv", fixture.admin))).status).toBe(404)
      })

      it("refuses more than available, nothing, bad amounts, unknown or unpayable cooperatives, and writes nothing", async () => {
        const refusals: [unknown, number, RegExp][] = [
          [{ payouts: [{ cooperative_id: coopA, amount: ORDER_EARNING + 1 }] }, 400, /1225\.00 MXN available: a payout of 1225\.01 MXN/],
          // One payable cooperative beside one that is not: the whole batch is refused.
          [{ payouts: [{ cooperative_id: coopB }, { cooperative_id: coopA, amount: ORDER_EARNING + 1 }] }, 400, /more than that/],
          [{ payouts: [{ cooperative_id: coopA, amount: 0 }] }, 400, /centavos/],
          [{ payouts: [{ cooperative_id: coopA, amount: -100 }] }, 400, /centavos/],
          [{ payouts: [{ cooperative_id: coopA, amount: 12.5 }] }, 400, /centavos/],
          [{ payouts: [{ cooperative_id: coopA, amount: "100" }] }, 400, /centavos/],
          [{ payouts: [] }, 400, /at least one cooperative/],
          [{ payouts: [{ cooperative_id: coopA }, { cooperative_id: coopA }] }, 400, /once per batch/],
          [{ payouts: [{ cooperative_id: coopA }], method: "stripe_connect" }, 400, /paid by spei, not stripe_connect/],
          [{ payouts: [{ cooperative_id: coopA }], status: "paid" }, 400, /status/],
          [{ payouts: [{ cooperative_id: "coop_missing" }] }, 404, /coop_missing/],
        ]
        for (const [body, expected, message] of refusals) {
          const { status, data } = await createBatch(body)
          expect({ body, status }).toEqual({ body, status: expected })
          expect(data.message).toMatch(message)
        }
        // A cooperative with nothing owed cannot be paid.
        await createBatch({ payouts: [{ cooperative_id: coopA }] })
        const empty = await createBatch({ payouts: [{ cooperative_id: coopA }] })
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/nothing available to pay/)
        // A CLABE whose check digit went wrong in the database is caught before any money moves.
        await dbConnection.raw("update payout_account set clabe = '002010077777777772' where cooperative_id = ?", [coopB])
        const badClabe = await createBatch({ payouts: [{ cooperative_id: coopB }] })
        expect(badClabe.status).toBe(400)
        expect(badClabe.data.message).toMatch(/check digit/)

        expect(await balanceOf(coopB)).toBe(B_BALANCE)
        const { data } = await api.get("/admin/payout-batches", fixture.admin)
        expect(data.count).toBe(1)
        expect(await entriesOf(coopB, "payout")).toEqual([])
      })

      it("never promises the same pesos twice when batches are created at the same moment", async () => {
        const results = await Promise.all(Array.from({ length: 5 }, () => createBatch({ payouts: [{ cooperative_id: coopB }] })))
        expect(results.map((result) => result.status).sort()).toEqual([201, 400, 400, 400, 400])
        expect(await balanceOf(coopB)).toBe(0)
        expect(await entriesOf(coopB, "payout")).toHaveLength(1)
      })
    })

    describe("settling SPEI payouts", () => {
      it("marks a payout paid with its tracking key once; a second marking is refused and changes nothing", async () => {
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopA }] })
        const payoutId = data.payout_batch.payouts[0].id
        const paid = await statusOf(api.post(`/admin/payouts/${payoutId}/paid`, { tracking_key: " MBAN01002612050001 " }, fixture.admin))
        expect(paid.status).toBe(200)
        expect(paid.data.payout).toMatchObject({ status: "paid", tracking_key: "MBAN01002612050001", paid_at: expect.any(String) })
        expect(paid.data.payout.settled_by).toMatch(/^user_/)

        for (const [path, body] of [
          ["paid", { tracking_key: "MBAN01002612050001" }],
          ["paid", { tracking_key: "OTRACLAVE123" }],
          ["failed", { reason: "Cuenta cancelada" }],
        ] as const) {
          const again = await statusOf(api.post(`/admin/payouts/${payoutId}/${path}`, body, fixture.admin))
          expect(again.status).toBe(400)
          expect(again.data.message).toMatch(/already marked paid .*MBAN01002612050001/)
        }
        const { data: batch } = await api.get(`/admin/payout-batches/${data.payout_batch.id}`, fixture.admin)
        expect(batch.payout_batch).toMatchObject({ status: "paid", totals: { paid: ORDER_EARNING, pending: 0 } })
        expect(batch.payout_batch.payouts[0].tracking_key).toBe("MBAN01002612050001")
        // Paid or not, the money left the balance once, when the batch was made.
        expect(await balanceOf(coopA)).toBe(0)
        expect(await entriesOf(coopA, "payout")).toHaveLength(1)
        expect(await entriesOf(coopA, "payout_failed")).toEqual([])
      })

      it("lets exactly one of several simultaneous markings through", async () => {
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopA }] })
        const payoutId = data.payout_batch.payouts[0].id
        const keys = ["CLAVEA1", "CLAVEB2", "CLAVEC3", "CLAVED4", "CLAVEE5"]
        const results = await Promise.all(
          keys.map((tracking_key) => statusOf(api.post(`/admin/payouts/${payoutId}/paid`, { tracking_key }, fixture.admin)))
        )
        expect(results.map((result) => result.status).sort()).toEqual([200, 400, 400, 400, 400])
        const winner = results.find((result) => result.status === 200)!.data.payout.tracking_key
        const [[payout]] = await ledger().listPayoutRecords({ id: [payoutId] })
        expect(payout).toMatchObject({ status: "paid", tracking_key: winner })

        // Failing and paying at the same moment: one of them, never both.
        const { data: other } = await createBatch({ payouts: [{ cooperative_id: coopB, amount: 1000 }] })
        const otherId = other.payout_batch.payouts[0].id
        const race = await Promise.all([
          statusOf(api.post(`/admin/payouts/${otherId}/failed`, { reason: "Rechazo del banco" }, fixture.admin)),
          statusOf(api.post(`/admin/payouts/${otherId}/paid`, { tracking_key: "CLAVEF6" }, fixture.admin)),
          statusOf(api.post(`/admin/payouts/${otherId}/failed`, { reason: "Rechazo del banco" }, fixture.admin)),
        ])
        expect(race.filter((result) => result.status === 200)).toHaveLength(1)
        const failures = (await entriesOf(coopB, "payout_failed")).length
        const [[settled]] = await ledger().listPayoutRecords({ id: [otherId] })
        expect(failures).toBe(settled.status === "failed" ? 1 : 0)
        expect(await balanceOf(coopB)).toBe(settled.status === "failed" ? B_BALANCE : B_BALANCE - 1000)
      })

      it("a failed payout writes payout_failed and gives the balance back, once", async () => {
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopB, amount: 200000 }] })
        const payoutId = data.payout_batch.payouts[0].id
        expect(await balanceOf(coopB)).toBe(B_BALANCE - 200000)

        const failed = await statusOf(
          api.post(`/admin/payouts/${payoutId}/failed`, { reason: "  Cuenta inexistente (devolución SPEI)  " }, fixture.admin)
        )
        expect(failed.status).toBe(200)
        expect(failed.data.payout).toMatchObject({
          status: "failed",
          failure_reason: "Cuenta inexistente (devolución SPEI)",
          failed_at: expect.any(String),
        })
        expect(await balanceOf(coopB)).toBe(B_BALANCE)
        const [entry] = await entriesOf(coopB, "payout_failed")
        expect(entry).toMatchObject({
          amount: 200000,
          payout_id: payoutId,
          entry_key: `payout_failed:${payoutId}`,
          note: "Cuenta inexistente (devolución SPEI)",
        })

        for (const [path, body] of [
          ["failed", { reason: "otra vez" }],
          ["paid", { tracking_key: "CLAVE1" }],
        ] as const) {
          const again = await statusOf(api.post(`/admin/payouts/${payoutId}/${path}`, body, fixture.admin))
          expect(again.status).toBe(400)
          expect(again.data.message).toMatch(/failed on .* went back to the cooperative's balance/)
        }
        expect(await entriesOf(coopB, "payout_failed")).toHaveLength(1)
        expect(await balanceOf(coopB)).toBe(B_BALANCE)
        const { data: batch } = await api.get(`/admin/payout-batches/${data.payout_batch.id}`, fixture.admin)
        expect(batch.payout_batch).toMatchObject({ status: "failed", totals: { failed: 200000, pending: 0 } })

        // The money that came back can be paid again, in a new batch.
        expect((await createBatch({ payouts: [{ cooperative_id: coopB }] })).data.payout_batch.payouts[0].amount).toBe(B_BALANCE)
      })

      it("refuses bad input and unknown payouts with clear messages", async () => {
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopA }] })
        const payoutId = data.payout_batch.payouts[0].id
        for (const [path, body, message] of [
          ["paid", {}, /tracking_key/],
          ["paid", { tracking_key: "" }, /1 to 30 letters and digits/],
          ["paid", { tracking_key: "CLAVE CON ESPACIOS" }, /1 to 30 letters and digits/],
          ["paid", { tracking_key: "A".repeat(31) }, /1 to 30 letters and digits/],
          ["paid", { tracking_key: "CLAVE1", amount: 5 }, /amount/],
          ["failed", {}, /reason/],
          ["failed", { reason: "no" }, /few words/],
        ] as const) {
          const result = await statusOf(api.post(`/admin/payouts/${payoutId}/${path}`, body, fixture.admin))
          expect({ path, body, status: result.status }).toEqual({ path, body, status: 400 })
          expect(result.data.message).toMatch(message)
        }
        expect((await statusOf(api.post("/admin/payouts/po_missing/paid", { tracking_key: "CLAVE1" }, fixture.admin))).status).toBe(404)
        expect((await statusOf(api.get("/admin/payout-batches/pobatch_missing", fixture.admin))).status).toBe(404)
        for (const query of ["limit=0", "limit=1000", "status=sent", "method=cash", "cooperative_id[$ne]=x", "order=amount;DROP"]) {
          const result = await statusOf(api.get(`/admin/payouts?${query}`, fixture.admin))
          expect({ query, status: result.status }).toEqual({ query, status: 400 })
        }
        expect((await statusOf(api.post(`/admin/payouts/${payoutId}/paid`, { tracking_key: "CLAVE1" }, ana))).status).toBe(401)
        const [[payout]] = await ledger().listPayoutRecords({ id: [payoutId] })
        expect(payout.status).toBe("pending")
      })
    })

    describe("Stripe Connect payouts", () => {
      it("sends one transfer per payout and marks it paid; retries never send another", async () => {
        const { status, data } = await createBatch({ payouts: [{ cooperative_id: coopC, amount: 30000 }], method: "stripe_connect" })
        expect(status).toBe(201)
        const payout = data.payout_batch.payouts[0]
        expect(payout).toMatchObject({ method: "stripe_connect", status: "paid", stripe_account_id: STRIPE_C, amount: 30000 })
        const transfers = transfersOf(payout.id)
        expect(transfers).toHaveLength(1)
        expect(transfers[0]).toMatchObject({
          id: payout.stripe_transfer_id,
          amount: 30000,
          currency: "mxn",
          destination: STRIPE_C,
          description: payout.reference,
          metadata: { payout_id: payout.id, batch_id: data.payout_batch.id, cooperative_id: coopC },
        })
        expect(await balanceOf(coopC)).toBe(C_BALANCE - 30000)

        // Sending again, by the route or several workflows at once, finds nothing pending and sends nothing.
        const again = await api.post(`/admin/payout-batches/${data.payout_batch.id}/transfers`, {}, fixture.admin)
        expect(again.data.payout_batch.payouts[0]).toMatchObject({ status: "paid", stripe_transfer_id: payout.stripe_transfer_id })
        await Promise.all(
          Array.from({ length: 3 }, () =>
            sendPayoutTransfersWorkflow(getContainer()).run({ input: { batch_id: data.payout_batch.id, actor_id: null } })
          )
        )
        expect(transfersOf(payout.id)).toHaveLength(1)
        const marked = await statusOf(api.post(`/admin/payouts/${payout.id}/paid`, { tracking_key: "CLAVE1" }, fixture.admin))
        expect(marked.status).toBe(400)
        expect(marked.data.message).toMatch(/paid by a Stripe transfer/)
      })

      it("keeps a payout pending when Stripe does not answer, and a retry pays it exactly once", async () => {
        const realBase = process.env.STRIPE_API_BASE
        process.env.STRIPE_API_BASE = "http://127.0.0.1:9"
        let batchId: string
        let payoutId: string
        try {
          const { status, data } = await createBatch({ payouts: [{ cooperative_id: coopC }] })
          expect(status).toBe(201)
          batchId = data.payout_batch.id
          payoutId = data.payout_batch.payouts[0].id
          expect(data.payout_batch.payouts[0].status).toBe("pending")
          expect(data.transfer_errors).toEqual([{ payout_id: payoutId, message: expect.any(String) }])
        } finally {
          process.env.STRIPE_API_BASE = realBase
        }
        // The balance dropped when the batch was made: the pesos are promised to this payout.
        expect(await balanceOf(coopC)).toBe(0)
        expect(transfersOf(payoutId)).toHaveLength(0)

        // Stripe made the transfer but the answer was lost: the retries find it instead of sending another.
        const lost = await stripeHandle.stripe.transfers.create(
          { amount: C_BALANCE, currency: "mxn", destination: STRIPE_C, transfer_group: payoutId },
          { idempotencyKey: `telar-payout-${payoutId}` }
        )
        const retries = await Promise.all(
          Array.from({ length: 3 }, () => statusOf(api.post(`/admin/payout-batches/${batchId}/transfers`, {}, fixture.admin)))
        )
        expect(retries.map((retry) => retry.status)).toEqual([200, 200, 200])
        expect(transfersOf(payoutId).map((transfer) => transfer.id)).toEqual([lost.id])
        const [[payout]] = await ledger().listPayoutRecords({ id: [payoutId] })
        expect(payout).toMatchObject({ status: "paid", stripe_transfer_id: lost.id })
        expect(await balanceOf(coopC)).toBe(0)
      })

      it("a transfer Stripe refuses fails the payout and gives the balance back", async () => {
        const { status, data } = await createBatch({ payouts: [{ cooperative_id: coopD }] })
        expect(status).toBe(201)
        const payout = data.payout_batch.payouts[0]
        expect(payout).toMatchObject({ status: "failed", amount: D_BALANCE })
        expect(payout.failure_reason).toMatch(/Stripe refused the transfer: .*insufficient_capabilities_for_transfer/)
        expect(data.payout_batch.status).toBe("failed")
        expect(transfersOf(payout.id)).toHaveLength(0)
        expect(await balanceOf(coopD)).toBe(D_BALANCE)
        const [entry] = await entriesOf(coopD, "payout_failed")
        expect(entry).toMatchObject({ amount: D_BALANCE, payout_id: payout.id, actor_type: "system" })
      })
    })

    describe("compensation", () => {
      it("undoes each workflow when a later step fails, on record and without moving money twice", async () => {
        // A batch undone: its payouts fail and the balance comes back; the ledger keeps both facts.
        const undone = await batchThenFailure(getContainer()).run({
          input: { payouts: [{ cooperative_id: coopB, amount: 1000 }], actor_id: "user_test" },
          throwOnError: false,
        })
        expect(undone.errors[0].error.message).toMatch(/A later step failed/)
        const [undonePayouts] = await ledger().listPayoutRecords({ cooperative_id: coopB })
        expect(undonePayouts).toEqual([expect.objectContaining({ status: "failed", failure_reason: UNDONE_BATCH_REASON })])
        expect((await entriesOf(coopB)).map((entry) => [entry.type, entry.amount]).sort()).toEqual([
          ["adjustment", B_BALANCE],
          ["payout", -1000],
          ["payout_failed", 1000],
        ])
        expect(await balanceOf(coopB)).toBe(B_BALANCE)

        // A payout marked paid, undone: pending again, and it can be marked paid for real.
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopA }] })
        const payoutId = data.payout_batch.payouts[0].id
        const unpaid = await paidThenFailure(getContainer()).run({
          input: { payout_id: payoutId, tracking_key: "CLAVE1", actor_id: "user_test" },
          throwOnError: false,
        })
        expect(unpaid.errors).toHaveLength(1)
        const [[pending]] = await ledger().listPayoutRecords({ id: [payoutId] })
        expect(pending).toMatchObject({ status: "pending", tracking_key: null, paid_at: null })
        expect((await api.post(`/admin/payouts/${payoutId}/paid`, { tracking_key: "CLAVE2" }, fixture.admin)).data.payout.status).toBe(
          "paid"
        )

        // Transfers undone: the payout waits again, the transfer is never reversed nor sent twice.
        const realBase = process.env.STRIPE_API_BASE
        process.env.STRIPE_API_BASE = "http://127.0.0.1:9"
        const { data: stripeBatch } = await createBatch({ payouts: [{ cooperative_id: coopC }] }).finally(() => {
          process.env.STRIPE_API_BASE = realBase
        })
        const stripePayoutId = stripeBatch.payout_batch.payouts[0].id
        const untransferred = await transfersThenFailure(getContainer()).run({
          input: { batch_id: stripeBatch.payout_batch.id, actor_id: null },
          throwOnError: false,
        })
        expect(untransferred.errors).toHaveLength(1)
        const [[waiting]] = await ledger().listPayoutRecords({ id: [stripePayoutId] })
        expect(waiting).toMatchObject({ status: "pending", stripe_transfer_id: null })
        const [transfer] = transfersOf(stripePayoutId)
        const { data: retried } = await api.post(`/admin/payout-batches/${stripeBatch.payout_batch.id}/transfers`, {}, fixture.admin)
        expect(retried.payout_batch.payouts[0]).toMatchObject({ status: "paid", stripe_transfer_id: transfer.id })
        expect(transfersOf(stripePayoutId)).toHaveLength(1)
        expect(await balanceOf(coopC)).toBe(0)
      })
    })

    describe("statements", () => {
      it("prints a cooperative's period in Spanish: entries, running balance, opening and closing balance", async () => {
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopA, amount: 25000 }] })
        const { data: order } = await api.get(`/admin/orders/${orderId}?fields=display_id`, fixture.admin)
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Mexico_City" }).format(new Date())
        const response = await api.get(`/admin/cooperatives/${coopA}/statement?from=${today}&to=${today}`, fixture.admin)
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toBe("text/html; charset=utf-8")
        expect(response.headers["content-security-policy"]).toContain("default-src 'none'")
        const page: string = response.data
        expect(page).toContain('<html lang="es">')
        expect(page).toContain("Estado de cuenta")
        expect(page).toContain("Cooperativa A")
        expect(page).toContain(`Pedido #${order.order.display_id} · huipil-a × 2`)
        expect(page).toContain("Venta")
        expect(page).toContain(`Pago enviado</td>\n<td>${data.payout_batch.payouts[0].reference}`)
        // Opening 0, +1,225.00 sale, -250.00 payout: 975.00 at the close.
        expect(page).toMatch(/Saldo al inicio del [^<]+<\/td><td class="num">\$0\.00/)
        expect(page).toMatch(/Saldo al cierre del [^<]+<\/td><td class="num">\$975\.00/)
        expect(page).toContain("-$250.00")

        // A later period opens with everything before it and lists nothing.
        const later = await api.get(`/admin/cooperatives/${coopA}/statement?from=2099-01-01&to=2099-01-31&lang=en`, fixture.admin)
        expect(later.data).toContain('<html lang="en">')
        expect(later.data).toContain("There were no movements in this period.")
        expect(later.data).toMatch(/Balance at the start of January 1, 2099<\/td><td class="num">MX\$975\.00/)
      })

      it("refuses bad periods, unknown cooperatives and other actors", async () => {
        for (const query of [
          "from=2026-13-01",
          "from=2026-02-30",
          "to=31/12/2026",
          "from=2026-12-31&to=2026-12-01",
          "lang=fr",
          "cooperative_id=x",
        ]) {
          const result = await statusOf(api.get(`/admin/cooperatives/${coopA}/statement?${query}`, fixture.admin))
          expect({ query, status: result.status }).toEqual({ query, status: 400 })
          expect(typeof result.data.message).toBe("string")
        }
        expect((await statusOf(api.get("/admin/cooperatives/coop_missing/statement", fixture.admin))).status).toBe(404)
        expect((await statusOf(api.get(`/admin/cooperatives/${coopA}/statement`, ana))).status).toBe(401)
      })
    })

    describe("coordinators", () => {
      it("see their own cooperative's payouts and statement only, with the CLABE masked", async () => {
        const { data } = await createBatch({ payouts: [{ cooperative_id: coopA }, { cooperative_id: coopB, amount: 1000 }] })
        const [toA, toB] = data.payout_batch.payouts
        await api.post(`/admin/payouts/${toA.id}/paid`, { tracking_key: "MBAN01002612050001" }, fixture.admin)

        const { data: mine } = await api.get("/coordinator/payouts", ana)
        expect(mine).toMatchObject({ count: 1, offset: 0 })
        expect(mine.payouts).toEqual([
          expect.objectContaining({
            id: toA.id,
            status: "paid",
            amount: ORDER_EARNING,
            tracking_key: "MBAN01002612050001",
            clabe: "•••• 9719",
          }),
        ])
        for (const hidden of ["settled_by", "batch_id", "cooperative_id", "stripe_transfer_id", "stripe_account_id"]) {
          expect(mine.payouts[0]).not.toHaveProperty(hidden)
        }
        const { data: theirs } = await api.get("/coordinator/payouts?status=pending", beto)
        expect(theirs.payouts.map((payout: any) => payout.id)).toEqual([toB.id])
        expect(JSON.stringify(theirs)).not.toContain(toA.id)
        expect((await api.get("/coordinator/payouts?status=paid", beto)).data.count).toBe(0)

        for (const query of [`cooperative_id=${coopA}`, `cooperative_id[$in][]=${coopA}`]) {
          expect((await statusOf(api.get(`/coordinator/payouts?${query}`, beto))).status).toBe(400)
          expect((await statusOf(api.get(`/coordinator/statement?${query}`, beto))).status).toBe(400)
        }
        expect((await statusOf(api.get("/coordinator/payouts"))).status).toBe(401)
        expect((await statusOf(api.get("/coordinator/payouts", fixture.admin))).status).toBe(401)
        expect((await statusOf(api.get("/admin/payouts", beto))).status).toBe(401)

        const statement = await api.get("/coordinator/statement", beto)
        expect(statement.headers["content-type"]).toBe("text/html; charset=utf-8")
        expect(statement.data).toContain("Cooperativa B")
        expect(statement.data).not.toContain("Cooperativa A")
        expect(statement.data).toContain("Pago enviado")
      })
    })
  },
})
