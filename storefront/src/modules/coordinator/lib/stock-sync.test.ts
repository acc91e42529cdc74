import type { StockChangeResult } from "@telar/types"
import type { StockChangeInput } from "@/lib/data/coordinator"
import {
  conflictFrom,
  drainQueue,
  keepPhoneChange,
  phoneQuantity,
  type QueuedChange,
  type QueueStore,
  type SendAnswer,
  type StockConflict,
} from "./stock-sync"

/** The phone's queue and conflicts, in memory: what IndexedDB holds in the browser. */
function memoryStore(changes: QueuedChange[] = [], conflicts: StockConflict[] = []) {
  const queue = new Map(changes.map((change) => [change.client_mutation_id, change]))
  const open = new Map(conflicts.map((conflict) => [conflict.variant_id, conflict]))
  const store: QueueStore = {
    queued: async () => [...queue.values()].sort((a, b) => a.queued_at - b.queued_at),
    dequeue: async (id) => {
      queue.delete(id)
    },
    conflicts: async () => [...open.values()],
    saveConflict: async (conflict) => {
      open.set(conflict.variant_id, conflict)
    },
    dropConflict: async (variantId) => {
      open.delete(variantId)
    },
  }
  return { store, queue, open }
}

/** A backend holding counts, answering as POST /coordinator/inventory does (once per mutation id). */
function backend(counts: Record<string, number>, reserved: Record<string, number> = {}) {
  const seen = new Map<string, StockChangeResult>()
  const sent: StockChangeInput[] = []
  const send = async (change: StockChangeInput): Promise<SendAnswer> => {
    sent.push(change)
    const earlier = seen.get(change.client_mutation_id)
    if (earlier) return { ...earlier, replayed: true }
    const current = counts[change.variant_id]
    const wanted = change.stocked_quantity ?? current + (change.delta ?? 0)
    const held = reserved[change.variant_id] ?? 0
    let outcome: StockChangeResult["outcome"] = "applied"
    if (change.expected_stocked_quantity !== undefined && change.expected_stocked_quantity !== current) outcome = "conflict"
    else if (wanted < held) outcome = "refused"
    if (outcome === "applied") counts[change.variant_id] = wanted
    const stocked = counts[change.variant_id]
    const result: StockChangeResult = {
      client_mutation_id: change.client_mutation_id,
      variant_id: change.variant_id,
      outcome,
      stocked_quantity: stocked,
      reserved_quantity: held,
      available_quantity: stocked - held,
      message: `${outcome}: ${stocked}`,
      replayed: false,
    }
    seen.set(change.client_mutation_id, result)
    return result
  }
  return { send, sent, counts }
}

let clock = 0
const plus = (variant: string, expected: number, delta = 1, id = `m-${++clock}`): QueuedChange => ({
  client_mutation_id: id,
  variant_id: variant,
  delta,
  expected_stocked_quantity: expected,
  queued_at: ++clock,
})

describe("phoneQuantity", () => {
  it("is the count a change leaves on the phone", () => {
    expect(phoneQuantity({ client_mutation_id: "a", variant_id: "v", delta: 1, expected_stocked_quantity: 5 })).toBe(6)
    expect(phoneQuantity({ client_mutation_id: "a", variant_id: "v", delta: -2, expected_stocked_quantity: 5 })).toBe(3)
    expect(phoneQuantity({ client_mutation_id: "a", variant_id: "v", stocked_quantity: 9, expected_stocked_quantity: 5 })).toBe(9)
    expect(phoneQuantity({ client_mutation_id: "a", variant_id: "v", delta: 1 })).toBeNull()
  })
})

describe("conflictFrom", () => {
  const change = { client_mutation_id: "a", variant_id: "v", delta: 1, expected_stocked_quantity: 5 }
  const answer = (outcome: StockChangeResult["outcome"], stocked: number): StockChangeResult => ({
    client_mutation_id: "a",
    variant_id: "v",
    outcome,
    stocked_quantity: stocked,
    reserved_quantity: 1,
    available_quantity: stocked - 1,
    message: "",
    replayed: false,
  })

  it("keeps both counts of a conflicting answer: the phone's and Telar's", () => {
    expect(conflictFrom(change, answer("conflict", 10), 42)).toEqual({
      variant_id: "v",
      phone_quantity: 6,
      server_quantity: 10,
      reserved_quantity: 1,
      detected_at: 42,
    })
  })

  it("asks nothing when the change went through, was refused, or both counts agree anyway", () => {
    expect(conflictFrom(change, answer("applied", 6))).toBeNull()
    expect(conflictFrom(change, answer("refused", 5))).toBeNull()
    expect(conflictFrom(change, answer("conflict", 6))).toBeNull()
  })
})

describe("keepPhoneChange", () => {
  it("sets the phone's count over exactly the count Telar showed", () => {
    const conflict = { variant_id: "v", phone_quantity: 6, server_quantity: 10, reserved_quantity: 0, detected_at: 1 }
    expect(keepPhoneChange(conflict, "keep-1")).toEqual({
      client_mutation_id: "keep-1",
      variant_id: "v",
      stocked_quantity: 6,
      expected_stocked_quantity: 10,
    })
  })
})

describe("drainQueue", () => {
  it("sends every waiting change once, oldest first, and empties the queue", async () => {
    const changes = [plus("a", 5), plus("b", 2), plus("a", 6)]
    const { store, queue, open } = memoryStore([changes[2], changes[0], changes[1]])
    const server = backend({ a: 5, b: 2 })
    const report = await drainQueue(store, server.send)
    expect(server.sent.map((change) => change.client_mutation_id)).toEqual(changes.map((change) => change.client_mutation_id))
    expect(server.sent.every((change) => !("queued_at" in change))).toBe(true)
    expect(server.counts).toEqual({ a: 7, b: 3 })
    expect(report.synced.map((result) => result.outcome)).toEqual(["applied", "applied", "applied"])
    expect(report.problem).toBeNull()
    expect(report.conflicts).toEqual([])
    expect(queue.size).toBe(0)
    expect(open.size).toBe(0)

    // Drained again (a second "online" event): nothing left to send.
    await drainQueue(store, server.send)
    expect(server.sent).toHaveLength(3)
  })

  it("keeps a change made over a count another phone changed as a conflict, applies nothing of it, and still sends the rest", async () => {
    const { store, queue, open } = memoryStore([plus("a", 5), plus("b", 2)])
    // Meanwhile another phone added 5 of "a".
    const server = backend({ a: 10, b: 2 })
    const report = await drainQueue(store, server.send)
    expect(server.counts).toEqual({ a: 10, b: 3 })
    expect(report.synced.map((result) => [result.variant_id, result.outcome, result.stocked_quantity])).toEqual([
      ["a", "conflict", 10],
      ["b", "applied", 3],
    ])
    expect(report.conflicts).toEqual([expect.objectContaining({ variant_id: "a", phone_quantity: 6, server_quantity: 10 })])
    // Nothing waits for signal any more: the conflict waits for the coordinator instead.
    expect(queue.size).toBe(0)
    expect([...open.keys()]).toEqual(["a"])
  })

  it("folds later changes of a piece in conflict into the phone's side of it instead of sending them", async () => {
    // Three taps without signal (5 → 6 → 7 → 6) while another phone set 7: sent, the third would match and overwrite it.
    const { store, queue } = memoryStore([plus("a", 5), plus("a", 6), plus("a", 7, -1)])
    const server = backend({ a: 7 })
    const report = await drainQueue(store, server.send)
    expect(server.sent).toHaveLength(1)
    expect(server.counts).toEqual({ a: 7 })
    expect(report.conflicts).toEqual([expect.objectContaining({ variant_id: "a", phone_quantity: 6, server_quantity: 7 })])
    expect(queue.size).toBe(0)
  })

  it("asks nothing when a conflicting change meant the count Telar has anyway, and sends the changes behind it", async () => {
    // One tap (5 → 6) while another phone also made it 6; the next tap starts from 6 on both.
    const { store } = memoryStore([plus("a", 5), plus("a", 6)])
    const server = backend({ a: 6 })
    const report = await drainQueue(store, server.send)
    expect(report.synced.map((result) => result.outcome)).toEqual(["conflict", "applied"])
    expect(server.counts).toEqual({ a: 7 })
    expect(report.conflicts).toEqual([])
  })

  it("does not send changes of a piece whose earlier conflict is still open", async () => {
    const waiting = { variant_id: "a", phone_quantity: 6, server_quantity: 10, reserved_quantity: 0, detected_at: 1 }
    const { store, open } = memoryStore([plus("a", 6)], [waiting])
    const server = backend({ a: 10 })
    const report = await drainQueue(store, server.send)
    expect(server.sent).toEqual([])
    expect(open.get("a")).toEqual({ ...waiting, phone_quantity: 7 })
    expect(report.conflicts).toEqual([{ ...waiting, phone_quantity: 7 }])
  })

  it("stops without signal and keeps the change and those behind it, in order, for the next try", async () => {
    const changes = [plus("a", 5), plus("b", 2)]
    const { store, queue } = memoryStore(changes)
    const failing = async (): Promise<SendAnswer> => ({ error: "unreachable" })
    const report = await drainQueue(store, failing)
    expect(report.problem).toBeUndefined()
    expect([...queue.keys()]).toEqual(changes.map((change) => change.client_mutation_id))

    const throwing = async (): Promise<SendAnswer> => {
      throw new TypeError("Failed to fetch")
    }
    expect((await drainQueue(store, throwing)).problem).toBeUndefined()
    expect(queue.size).toBe(2)

    const server = backend({ a: 5, b: 2 })
    await drainQueue(store, server.send)
    expect(server.counts).toEqual({ a: 6, b: 3 })
  })

  it("drops a change the server refuses as it is, says so, and sends the others", async () => {
    const { store, queue } = memoryStore([plus("gone", 1), plus("b", 2)])
    const server = backend({ b: 2 })
    const send = async (change: StockChangeInput): Promise<SendAnswer> =>
      change.variant_id === "gone" ? { error: "rejected" } : server.send(change)
    const report = await drainQueue(store, send)
    expect(report.problem).toBe("rejected")
    expect(server.counts).toEqual({ b: 3 })
    expect(queue.size).toBe(0)
  })

  it("stops when the session expired, keeping every change for after the login", async () => {
    const { store, queue } = memoryStore([plus("a", 5), plus("b", 2)])
    const report = await drainQueue(store, async () => ({ error: "sessionExpired" }))
    expect(report.problem).toBe("sessionExpired")
    expect(queue.size).toBe(2)
  })

  it("resolves a conflict by keeping the phone's count: sent over Telar's, applied once; changed again meanwhile, it is a new conflict", async () => {
    const { store, queue } = memoryStore([plus("a", 5)])
    const server = backend({ a: 10 })
    const [conflict] = (await drainQueue(store, server.send)).conflicts

    // "Dejar 6" without signal: it waits like any change, over the count the coordinator saw.
    await store.dropConflict("a")
    queue.set("keep-1", { ...keepPhoneChange(conflict, "keep-1"), queued_at: ++clock })
    server.counts.a = 12
    const again = await drainQueue(store, server.send)
    expect(server.counts.a).toBe(12)
    expect(again.conflicts).toEqual([expect.objectContaining({ phone_quantity: 6, server_quantity: 12 })])

    await store.dropConflict("a")
    queue.set("keep-2", { ...keepPhoneChange(again.conflicts[0], "keep-2"), queued_at: ++clock })
    const settled = await drainQueue(store, server.send)
    expect(server.counts.a).toBe(6)
    expect(settled.conflicts).toEqual([])
    expect(settled.synced).toEqual([expect.objectContaining({ outcome: "applied", stocked_quantity: 6 })])
  })
})
