import { emulatorSuite, post, SDKS, SECRET_KEY, startEmulator } from "./helpers"

describe.each(SDKS)("Connect transfers with the real %s SDK", (_name, Stripe) => {
  const suite = emulatorSuite(Stripe)

  it("creates, retrieves, updates and lists a transfer to a connected account", async () => {
    const transfer = await suite.stripe.transfers.create({
      amount: 122500,
      currency: "MXN",
      destination: "acct_1CoopJolom0001",
      transfer_group: "po_create",
      description: "Pago a la cooperativa",
      metadata: { payout_id: "po_create" },
    })
    expect(transfer).toMatchObject({
      object: "transfer",
      amount: 122500,
      amount_reversed: 0,
      currency: "mxn",
      destination: "acct_1CoopJolom0001",
      transfer_group: "po_create",
      description: "Pago a la cooperativa",
      metadata: { payout_id: "po_create" },
      reversed: false,
      livemode: false,
    })
    expect(transfer.id).toMatch(/^tr_/)
    expect(transfer.reversals).toMatchObject({ object: "list", data: [], url: `/v1/transfers/${transfer.id}/reversals` })

    expect(await suite.stripe.transfers.retrieve(transfer.id)).toEqual(transfer)
    const updated = await suite.stripe.transfers.update(transfer.id, { metadata: { batch: "b1" } })
    expect(updated.metadata).toEqual({ payout_id: "po_create", batch: "b1" })

    await suite.stripe.transfers.create({ amount: 100, currency: "mxn", destination: "acct_1OtherCoop0002" })
    const grouped = await suite.stripe.transfers.list({ transfer_group: "po_create" })
    expect(grouped.data.map((t: any) => t.id)).toEqual([transfer.id])
    const toOther = await suite.stripe.transfers.list({ destination: "acct_1OtherCoop0002" })
    expect(toOther.data).toHaveLength(1)

    const types = Object.values(suite.emulator.state.events).map((event) => event.type)
    expect(types).toEqual(expect.arrayContaining(["transfer.created", "transfer.updated"]))
  })

  it("pays once per idempotency key: a retry answers the first transfer, other parameters are refused", async () => {
    const params = { amount: 5000, currency: "mxn", destination: "acct_1CoopRetry0003", transfer_group: "po_retry" }
    const first = await suite.stripe.transfers.create(params, { idempotencyKey: "telar-payout-po_retry" })
    const again = await suite.stripe.transfers.create(params, { idempotencyKey: "telar-payout-po_retry" })
    expect(again.id).toBe(first.id)
    const stored = Object.values(suite.emulator.state.transfers).filter((t) => t.transfer_group === "po_retry")
    expect(stored).toHaveLength(1)

    const conflict = await suite.stripe.transfers
      .create({ ...params, amount: 5001 }, { idempotencyKey: "telar-payout-po_retry" })
      .catch((error: any) => error)
    expect(conflict.type).toBe("StripeIdempotencyError")
    expect(Object.values(suite.emulator.state.transfers).filter((t) => t.transfer_group === "po_retry")).toHaveLength(1)
  })

  it("refuses an unknown or malformed destination as Stripe does, and writes nothing", async () => {
    const before = Object.keys(suite.emulator.state.transfers).length
    for (const destination of ["acct_testNoSuchAccount", "acct_x", "cus_123456789"]) {
      const error = await suite.stripe.transfers.create({ amount: 1000, currency: "mxn", destination }).catch((e: any) => e)
      expect(error).toMatchObject({
        type: "StripeInvalidRequestError",
        statusCode: 400,
        code: "resource_missing",
        param: "destination",
        message: `No such destination: '${destination}'`,
      })
    }
    expect(Object.keys(suite.emulator.state.transfers)).toHaveLength(before)
  })

  it("refuses a destination without the transfers capability and a platform balance that cannot cover it", async () => {
    const noCapability = await suite.stripe.transfers
      .create({ amount: 1000, currency: "mxn", destination: "acct_testNoTransfers" })
      .catch((e: any) => e)
    expect(noCapability).toMatchObject({ statusCode: 400, code: "insufficient_capabilities_for_transfer", param: "destination" })
    const noFunds = await suite.stripe.transfers
      .create({ amount: 1000, currency: "mxn", destination: "acct_testInsufficientFunds" })
      .catch((e: any) => e)
    expect(noFunds).toMatchObject({ statusCode: 400, code: "balance_insufficient" })
    expect(noFunds.message).toMatch(/insufficient funds in your Stripe account/)
  })

  it("checks the parameters and answers 404 for a transfer that does not exist", async () => {
    const noAmount = await suite.stripe.transfers.create({ currency: "mxn", destination: "acct_1CoopJolom0001" }).catch((e: any) => e)
    expect(noAmount).toMatchObject({ code: "parameter_missing", param: "amount" })
    const zero = await suite.stripe.transfers
      .create({ amount: 0, currency: "mxn", destination: "acct_1CoopJolom0001" })
      .catch((e: any) => e)
    expect(zero).toMatchObject({ statusCode: 400, param: "amount" })
    const noDestination = await suite.stripe.transfers.create({ amount: 10, currency: "mxn" }).catch((e: any) => e)
    expect(noDestination).toMatchObject({ code: "parameter_missing", param: "destination" })
    const missing = await suite.stripe.transfers.retrieve("tr_missing").catch((e: any) => e)
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing" })
  })
})

describe("Connect transfers over plain HTTP", () => {
  it("replays the first answer for a reused Idempotency-Key and shows transfers in the state dump", async () => {
    const emulator = await startEmulator()
    try {
      const headers = { Authorization: `Bearer ${SECRET_KEY}`, "Idempotency-Key": "k1" }
      const body = "amount=700&currency=mxn&destination=acct_1CoopPlain0004"
      const first = await post(emulator, "/v1/transfers", body, headers)
      const second = await post(emulator, "/v1/transfers", body, headers)
      expect(first.status).toBe(200)
      expect(second.headers.get("idempotent-replayed")).toBe("true")
      expect(second.json().id).toBe(first.json().id)
      const state = await (await fetch(`${emulator.url}/_emulator/state`)).json()
      expect(state.transfers.map((t: any) => t.id)).toEqual([first.json().id])
    } finally {
      await emulator.close()
    }
  })
})
