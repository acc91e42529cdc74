/**
 * In-memory state of the emulator (one Stripe test-mode account), optionally
 * persisted to a JSON file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import type Stripe from "stripe"
import type { CardBehavior, EventRecord } from "./types"
import { resourceMissing } from "./errors"

export interface IdempotentResult {
  fingerprint: string
  status: number
  body: string
  requestId: string
}

const COLLECTIONS = {
  pi: "paymentIntents",
  ch: "charges",
  re: "refunds",
  cus: "customers",
  pm: "paymentMethods",
  seti: "setupIntents",
  evt: "events",
  tr: "transfers",
} as const

type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]

const HUMAN_NAMES: Record<CollectionName, string> = {
  paymentIntents: "payment_intent",
  charges: "charge",
  refunds: "refund",
  customers: "customer",
  paymentMethods: "PaymentMethod",
  setupIntents: "setupintent",
  events: "event",
  transfers: "transfer",
}

interface Snapshot {
  paymentIntents: Record<string, Stripe.PaymentIntent>
  charges: Record<string, Stripe.Charge>
  refunds: Record<string, Stripe.Refund>
  customers: Record<string, Stripe.Customer | Stripe.DeletedCustomer>
  paymentMethods: Record<string, Stripe.PaymentMethod>
  setupIntents: Record<string, Stripe.SetupIntent>
  events: Record<string, EventRecord>
  transfers: Record<string, Stripe.Transfer>
  cardBehaviors: Record<string, CardBehavior>
  order: Record<string, number>
  seq: number
}

function emptySnapshot(): Snapshot {
  return {
    paymentIntents: {},
    charges: {},
    refunds: {},
    customers: {},
    paymentMethods: {},
    setupIntents: {},
    events: {},
    transfers: {},
    cardBehaviors: {},
    order: {},
    seq: 0,
  }
}

export class Store {
  paymentIntents: Snapshot["paymentIntents"] = {}
  charges: Snapshot["charges"] = {}
  refunds: Snapshot["refunds"] = {}
  customers: Snapshot["customers"] = {}
  paymentMethods: Snapshot["paymentMethods"] = {}
  setupIntents: Snapshot["setupIntents"] = {}
  events: Snapshot["events"] = {}
  /** Stripe Connect transfers to connected accounts. */
  transfers: Snapshot["transfers"] = {}
  /** Test-card behaviour of each created PaymentMethod (not part of the Stripe object). */
  cardBehaviors: Snapshot["cardBehaviors"] = {}
  /** Creation order of every object, for reverse-chronological lists. */
  private order: Record<string, number> = {}
  private seq = 0
  /** Idempotency-Key cache: `${method} ${path} ${key}` -> first response. Not persisted. */
  readonly idempotency = new Map<string, IdempotentResult>()

  constructor(private readonly filePath?: string) {
    if (filePath && existsSync(filePath)) this.load(JSON.parse(readFileSync(filePath, "utf8")) as Partial<Snapshot>)
  }

  private load(s: Partial<Snapshot>): void {
    const base = { ...emptySnapshot(), ...s }
    this.paymentIntents = base.paymentIntents
    this.charges = base.charges
    this.refunds = base.refunds
    this.customers = base.customers
    this.paymentMethods = base.paymentMethods
    this.setupIntents = base.setupIntents
    this.events = base.events
    this.transfers = base.transfers
    this.cardBehaviors = base.cardBehaviors
    this.order = base.order
    this.seq = base.seq
  }

  reset(): void {
    this.load(emptySnapshot())
    this.idempotency.clear()
    this.save()
  }

  /** Writes the state to the configured JSON file (no-op without one). */
  save(): void {
    if (!this.filePath) return
    const snapshot: Snapshot = {
      paymentIntents: this.paymentIntents,
      charges: this.charges,
      refunds: this.refunds,
      customers: this.customers,
      paymentMethods: this.paymentMethods,
      setupIntents: this.setupIntents,
      events: this.events,
      transfers: this.transfers,
      cardBehaviors: this.cardBehaviors,
      order: this.order,
      seq: this.seq,
    }
    const tmp = `${this.filePath}.tmp`
    writeFileSync(tmp, JSON.stringify(snapshot))
    renameSync(tmp, this.filePath)
  }

  /** Registers a new object's id in creation order. */
  track(id: string): void {
    if (this.order[id] === undefined) this.order[id] = ++this.seq
  }

  /** Objects of a collection, newest first. */
  sorted<T extends { id: string }>(items: Record<string, T>): T[] {
    return Object.values(items).sort((a, b) => (this.order[b.id] ?? 0) - (this.order[a.id] ?? 0))
  }

  /** Finds any stored object by id, using its prefix (`pi_`, `ch_`, `cus_`...). */
  findById(id: string): { id: string; object: string } | undefined {
    const prefix = id.slice(0, id.indexOf("_")) as keyof typeof COLLECTIONS
    const name = COLLECTIONS[prefix]
    if (!name) return undefined
    return (this[name] as Record<string, { id: string; object: string }>)[id]
  }

  /** Fetches an object or throws Stripe's 404 `resource_missing` error. */
  require<K extends CollectionName>(name: K, id: string, param = "id"): Store[K][string] {
    const found = (this[name] as Record<string, unknown>)[id]
    if (!found) throw resourceMissing(HUMAN_NAMES[name], id, param)
    return found as Store[K][string]
  }
}
