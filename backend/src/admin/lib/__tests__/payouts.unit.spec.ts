import type { AdminPayout, AdminPayoutBatch, CooperativePayoutBalance } from "@telar/types"
import { AdminCreatePayoutBatch } from "../../../api/admin/payout-batches/validators"
import { AdminMarkPayoutFailed, AdminMarkPayoutPaid } from "../../../api/admin/payouts/validators"
import { PAYOUT_STATUSES } from "../../../modules/payout/models/payout"
import * as admin from "../payouts"

const balance = (id: string, overrides: Partial<CooperativePayoutBalance> = {}): CooperativePayoutBalance => ({
  cooperative_id: id,
  name: `Cooperative ${id}`,
  handle: id,
  available: 125050,
  pending_amount: 0,
  pending_count: 0,
  currency_code: "mxn",
  payout_method: "spei",
  payout_blocker: null,
  ...overrides,
})

const payout = (overrides: Partial<AdminPayout> = {}): AdminPayout => ({
  id: "po_1",
  batch_id: "pobatch_1",
  cooperative_id: "coop_a",
  method: "spei",
  amount: 50000,
  currency_code: "mxn",
  status: "pending",
  account_holder: "Jolom Mayaetik S.C.",
  clabe: "032180000118359719",
  stripe_account_id: null,
  reference: "TELAR 1",
  tracking_key: null,
  stripe_transfer_id: null,
  failure_reason: null,
  paid_at: null,
  failed_at: null,
  settled_by: null,
  created_at: "2026-12-06T10:00:00.000Z",
  ...overrides,
})

const batch = (payouts: AdminPayout[]): AdminPayoutBatch => ({
  id: "pobatch_1",
  status: "pending",
  note: null,
  created_by: null,
  created_at: "2026-12-06T10:00:00.000Z",
  totals: { amount: 0, paid: 0, pending: 0, failed: 0, currency_code: "mxn" },
  payouts,
})

describe("payout statuses in the admin", () => {
  it("mirrors the module's statuses and labels each one", () => {
    expect(admin.PAYOUT_STATUSES).toEqual(PAYOUT_STATUSES)
    expect(Object.keys(admin.PAYOUT_STATUS_BADGES).sort()).toEqual([...PAYOUT_STATUSES].sort())
    expect(Object.keys(admin.BATCH_STATUS_BADGES).sort()).toEqual(["failed", "paid", "partially_paid", "pending"])
  })
})

describe("creating a payout batch", () => {
  const spei = balance("coop_a")
  const stripe = balance("coop_b", { available: 30000, payout_method: "stripe_connect" })
  const blocked = balance("coop_c", {
    payout_blocker: "It has no payout account: add its CLABE or Stripe account first.",
    payout_method: null,
  })
  const empty = balance("coop_d", { available: 0 })
  const owing = balance("coop_e", { available: -5000 })
  const balances = [spei, stripe, blocked, empty, owing]

  it("says why a cooperative cannot be paid now", () => {
    expect(admin.unpayableReason(spei)).toBeNull()
    expect(admin.unpayableReason(blocked)).toMatch(/no payout account/)
    expect(admin.unpayableReason(empty)).toBe("Nothing available to pay.")
    expect(admin.unpayableReason(owing)).toBe("Nothing available to pay.")
  })

  it("ticks only the cooperatives that can be paid, for their whole balance", () => {
    expect(admin.selectAllPayable(balances)).toEqual({ coop_a: { selected: true, amount: "" }, coop_b: { selected: true, amount: "" } })
  })

  it("pays the balance shown when the amount is left empty, a typed amount otherwise, with totals per method", () => {
    const plan = admin.planBatch(
      balances,
      { coop_a: { selected: true, amount: "" }, coop_b: { selected: true, amount: "120.5" }, coop_d: { selected: false, amount: "" } },
      "  December payouts  "
    )
    expect(plan).toEqual({
      ok: true,
      payload: {
        payouts: [
          { cooperative_id: "coop_a", amount: 125050 },
          { cooperative_id: "coop_b", amount: 12050 },
        ],
        note: "December payouts",
      },
      totals: { spei: { count: 1, amount: 125050 }, stripe_connect: { count: 1, amount: 12050 } },
      total: 137100,
    })
    // The route's own validator takes the body as it is.
    if (!plan.ok) throw new Error("plan refused")
    expect(AdminCreatePayoutBatch.safeParse(plan.payload).success).toBe(true)
    expect(admin.describePlan(plan.totals, "mxn")).toBe(
      "1 by SPEI (MX$1,250.50), sent by you with the bank file; 1 by Stripe Connect (MX$120.50), sent now"
    )
  })

  it("refuses amounts above the balance, zero, malformed ones and blocked cooperatives, per cooperative", () => {
    const plan = admin.planBatch(
      balances,
      {
        coop_a: { selected: true, amount: "1250.51" },
        coop_b: { selected: true, amount: "0" },
        coop_c: { selected: true, amount: "" },
        coop_e: { selected: true, amount: "" },
      },
      ""
    )
    expect(plan).toEqual({
      ok: false,
      errors: {
        coop_a: "At most MX$1,250.50 is available.",
        coop_b: "Pay more than 0, or untick the cooperative.",
        coop_c: "It has no payout account: add its CLABE or Stripe account first.",
        coop_e: "Nothing available to pay.",
      },
    })
    const typo = admin.planBatch(balances, { coop_a: { selected: true, amount: "12.345" } }, "")
    expect(typo).toEqual({ ok: false, errors: { coop_a: "Use at most 2 decimals for MXN." } })
  })

  it("asks for at least one cooperative and a short note", () => {
    expect(admin.planBatch(balances, {}, "")).toEqual({ ok: false, errors: {}, message: "Tick at least one cooperative to pay." })
    expect(admin.planBatch(balances, { coop_a: { selected: true, amount: "" } }, "x".repeat(501))).toEqual({
      ok: false,
      errors: {},
      message: "Keep the note under 500 characters.",
    })
  })
})

describe("settling payouts", () => {
  it("settles SPEI by hand and retries Stripe, only while pending", () => {
    expect(admin.payoutActions(payout())).toEqual({ settle: true, retry: false })
    expect(admin.payoutActions(payout({ method: "stripe_connect" }))).toEqual({ settle: false, retry: true })
    expect(admin.payoutActions(payout({ status: "paid" }))).toEqual({ settle: false, retry: false })
    expect(admin.payoutActions(payout({ method: "stripe_connect", status: "failed" }))).toEqual({ settle: false, retry: false })
  })

  it("counts what is left to do in a batch", () => {
    const todo = admin.batchTodo(
      batch([
        payout(),
        payout({ id: "po_2", status: "paid" }),
        payout({ id: "po_3", method: "stripe_connect" }),
        payout({ id: "po_4", method: "stripe_connect", status: "failed" }),
      ])
    )
    expect(todo).toEqual({ spei: 1, stripe: 1 })
  })

  it("sums up the Stripe transfers of a batch", () => {
    const stripe = (id: string, status: AdminPayout["status"]) => payout({ id, method: "stripe_connect", status })
    expect(admin.transfersOutcome({ payout_batch: batch([payout()]), transfer_errors: [] })).toBeNull()
    expect(admin.transfersOutcome({ payout_batch: batch([stripe("po_1", "paid")]), transfer_errors: [] })).toEqual({
      message: "1 of 1 Stripe transfers paid.",
      ok: true,
    })
    const mixed = admin.transfersOutcome({
      payout_batch: batch([stripe("po_1", "paid"), stripe("po_2", "failed"), stripe("po_3", "pending")]),
      transfer_errors: [{ payout_id: "po_3", message: "Stripe did not answer." }],
    })
    expect(mixed).toEqual({
      message:
        "1 of 3 Stripe transfers paid; 1 refused by Stripe (the amount went back to the balance); 1 without an answer from Stripe (Stripe did not answer.): retry from the batch page.",
      ok: false,
    })
  })

  it("checks a tracking key and a failure reason as the API does", () => {
    for (const key of ["MBAN01002612060001", "  abc123  ", "", "has space", "clave-rastreo", "x".repeat(30), "x".repeat(31)]) {
      expect(admin.trackingKeyError(key) === null).toBe(AdminMarkPayoutPaid.safeParse({ tracking_key: key }).success)
    }
    expect(admin.trackingKeyError("")).toMatch(/clave de rastreo/)
    for (const reason of ["", "no", "  ok  ", "Cuenta cancelada", "y".repeat(500), "y".repeat(501)]) {
      expect(admin.failureReasonError(reason) === null).toBe(AdminMarkPayoutFailed.safeParse({ reason }).success)
    }
  })

  it("links the bank file and masks account numbers", () => {
    expect(admin.batchCsvHref("pobatch_01 X")).toBe("/admin/payout-batches/pobatch_01%20X/export.csv")
    expect(admin.payoutAccountLabel(payout())).toBe("•••• 9719")
    expect(admin.payoutAccountLabel(payout({ method: "stripe_connect", clabe: null, stripe_account_id: "acct_1Abc" }))).toBe("•••• 1Abc")
    expect(admin.payoutAccountLabel(payout({ clabe: null }))).toBe("—")
  })
})
