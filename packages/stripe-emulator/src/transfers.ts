/**
 * Stripe Connect `/v1/transfers`: money sent from the platform's balance to a connected account.
 * Transfers succeed at once (as in test mode with an available balance) or are refused the way
 * Stripe refuses them, chosen by the destination: see TEST_CONNECT_ACCOUNTS.
 */
import type Stripe from "stripe"
import type { ApiRequest, App } from "./types"
import type { Router } from "./router"
import { invalidRequest, missingParam } from "./errors"
import { applyMetadata, getInt, getNullableString, getString, requireString } from "./form"
import { expand } from "./expand"
import { paginate } from "./list"
import { newId, nowSeconds } from "./util"

/** How a connected account takes a transfer. */
export type TransferOutcome = "succeed" | "no_such_destination" | "no_transfers_capability" | "balance_insufficient"

export interface TestConnectAccount {
  id: string
  outcome: Exclude<TransferOutcome, "succeed">
}

/**
 * Destinations that make a transfer fail. Every other well-formed `acct_…` id is taken as a
 * connected test account with the `transfers` capability; a malformed one is "no such destination".
 */
export const TEST_CONNECT_ACCOUNTS: TestConnectAccount[] = [
  { id: "acct_testNoSuchAccount", outcome: "no_such_destination" },
  { id: "acct_testNoTransfers", outcome: "no_transfers_capability" },
  { id: "acct_testInsufficientFunds", outcome: "balance_insufficient" },
]

const ACCOUNT_ID = /^acct_[A-Za-z0-9]{6,}$/

export function transferOutcome(destination: string): TransferOutcome {
  if (!ACCOUNT_ID.test(destination)) return "no_such_destination"
  return TEST_CONNECT_ACCOUNTS.find((account) => account.id === destination)?.outcome ?? "succeed"
}

function refuse(outcome: Exclude<TransferOutcome, "succeed">, destination: string): never {
  switch (outcome) {
    case "no_such_destination":
      throw invalidRequest(`No such destination: '${destination}'`, { param: "destination", code: "resource_missing" })
    case "no_transfers_capability":
      throw invalidRequest(
        "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
        { param: "destination", code: "insufficient_capabilities_for_transfer" }
      )
    case "balance_insufficient":
      throw invalidRequest(
        "You have insufficient funds in your Stripe account. One likely reason you have insufficient funds is that your funds are automatically being paid out; try enabling manual payouts by going to https://dashboard.stripe.com/account/payouts.",
        { code: "balance_insufficient" }
      )
  }
}

function create(req: ApiRequest, app: App) {
  const p = req.body
  const amount = getInt(p, "amount")
  if (amount === undefined) throw missingParam("amount")
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", { param: "amount" })
  const currency = requireString(p, "currency").toLowerCase()
  if (!/^[a-z]{3}$/.test(currency)) throw invalidRequest(`Invalid currency: ${currency}.`, { param: "currency" })
  const destination = requireString(p, "destination")
  const outcome = transferOutcome(destination)
  if (outcome !== "succeed") refuse(outcome, destination)
  const id = newId("tr")
  const transfer: Stripe.Transfer = {
    id,
    object: "transfer",
    amount,
    amount_reversed: 0,
    balance_transaction: newId("txn"),
    created: nowSeconds(),
    currency,
    description: getNullableString(p, "description") ?? null,
    destination,
    destination_payment: newId("py"),
    livemode: false,
    metadata: applyMetadata({}, p),
    reversals: { object: "list", data: [], has_more: false, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: getString(p, "source_transaction") ?? null,
    source_type: "card",
    transfer_group: getNullableString(p, "transfer_group") ?? null,
  }
  app.store.transfers[id] = transfer
  app.store.track(id)
  app.events.emit("transfer.created", transfer, req)
  return expand(transfer, p, app.store)
}

export function registerTransferRoutes(router: Router): void {
  router.post("/v1/transfers", create)
  router.get("/v1/transfers/:id", (req, app) => expand(app.store.require("transfers", req.params.id), req.query, app.store))
  router.post("/v1/transfers/:id", (req, app) => {
    const transfer = app.store.require("transfers", req.params.id)
    const description = getNullableString(req.body, "description")
    if (description !== undefined) transfer.description = description
    transfer.metadata = applyMetadata(transfer.metadata ?? {}, req.body)
    app.events.emit("transfer.updated", transfer, req)
    return transfer
  })
  router.get("/v1/transfers", (req, app) => {
    const destination = getString(req.query, "destination")
    const group = getString(req.query, "transfer_group")
    const items = app.store
      .sorted(app.store.transfers)
      .filter((t) => (!destination || t.destination === destination) && (!group || t.transfer_group === group))
    return expand(paginate(items, req.query, "/v1/transfers"), req.query, app.store)
  })
}
