import type { StockChangeResult } from "@telar/types"
import type { StockChangeInput } from "@/lib/data/coordinator"

/**
 * How the shelf's stock changes reach Telar when the signal comes and goes, and what happens when
 * another phone (or the Telar team) changed a count meanwhile: the change is not applied, the two
 * numbers are kept side by side until the coordinator chooses one. Storage-free, so it is tested
 * without a browser; lib/offline-queue keeps the same things in IndexedDB.
 */

/** A change waiting for signal, in the order it was made. */
export type QueuedChange = StockChangeInput & { queued_at: number }

/** Two counts of one piece that disagree: the one this phone meant, and the one Telar has now. */
export type StockConflict = {
  variant_id: string
  phone_quantity: number
  server_quantity: number
  reserved_quantity: number
  detected_at: number
}

export type QueueStore = {
  /** Oldest first. */
  queued(): Promise<QueuedChange[]>
  dequeue(clientMutationId: string): Promise<void>
  conflicts(): Promise<StockConflict[]>
  /** One conflict per piece: a newer one replaces it. */
  saveConflict(conflict: StockConflict): Promise<void>
  dropConflict(variantId: string): Promise<void>
}

export type SendAnswer = StockChangeResult | { error: "sessionExpired" | "unreachable" | "rejected" | "generic" }

/** The count a change leaves on the phone's screen, or null when the change says nothing of it. */
export function phoneQuantity(change: StockChangeInput): number | null {
  if (change.stocked_quantity !== undefined) return change.stocked_quantity
  if (change.expected_stocked_quantity !== undefined && change.delta !== undefined) return change.expected_stocked_quantity + change.delta
  return null
}

/** The choice a conflicting answer leaves the coordinator; none when both counts already agree. */
export function conflictFrom(change: StockChangeInput, result: StockChangeResult, now = Date.now()): StockConflict | null {
  if (result.outcome !== "conflict") return null
  const phone = phoneQuantity(change)
  if (phone === null || phone === result.stocked_quantity) return null
  return {
    variant_id: result.variant_id,
    phone_quantity: phone,
    server_quantity: result.stocked_quantity,
    reserved_quantity: result.reserved_quantity,
    detected_at: now,
  }
}

/** "Keep the phone's number": set it, over exactly the count Telar showed (changed again since, it is one more conflict). */
export function keepPhoneChange(conflict: StockConflict, clientMutationId: string): StockChangeInput {
  return {
    client_mutation_id: clientMutationId,
    variant_id: conflict.variant_id,
    stocked_quantity: conflict.phone_quantity,
    expected_stocked_quantity: conflict.server_quantity,
  }
}

export type DrainReport = {
  /** The server's answer to each change sent, in order. */
  synced: StockChangeResult[]
  /** Every conflict open after this drain (new ones and older ones alike). */
  conflicts: StockConflict[]
  /** What stopped the drain or went wrong on the way; undefined: no news (still no signal). */
  problem?: "rejected" | "sessionExpired" | "generic" | null
}

/**
 * Sends the waiting changes, oldest first, each once (its client_mutation_id). A change made on
 * top of a count that turned out to be in conflict is not sent: it moves the phone's side of that
 * conflict instead, so one choice settles the piece. Stops at the first change without signal.
 */
export async function drainQueue(store: QueueStore, send: (change: StockChangeInput) => Promise<SendAnswer>): Promise<DrainReport> {
  const open = new Map((await store.conflicts()).map((conflict) => [conflict.variant_id, conflict]))
  const synced: StockChangeResult[] = []
  let problem: DrainReport["problem"] = null
  const report = (): DrainReport => ({ synced, conflicts: [...open.values()], problem })

  for (const { queued_at: _queuedAt, ...change } of await store.queued()) {
    const pending = open.get(change.variant_id)
    if (pending) {
      const folded = { ...pending, phone_quantity: phoneQuantity(change) ?? pending.phone_quantity + (change.delta ?? 0) }
      await store.saveConflict(folded)
      await store.dequeue(change.client_mutation_id)
      open.set(folded.variant_id, folded)
      continue
    }
    let answer: SendAnswer
    try {
      answer = await send(change as StockChangeInput)
    } catch {
      answer = { error: "unreachable" }
    }
    if ("error" in answer) {
      if (answer.error === "unreachable") return { ...report(), problem: problem ?? undefined }
      if (answer.error === "rejected") {
        // This one change cannot be made; the others behind it still go.
        await store.dequeue(change.client_mutation_id)
        problem = "rejected"
        continue
      }
      return { ...report(), problem: answer.error }
    }
    await store.dequeue(change.client_mutation_id)
    synced.push(answer)
    const conflict = conflictFrom(change as StockChangeInput, answer)
    if (conflict) {
      await store.saveConflict(conflict)
      open.set(conflict.variant_id, conflict)
    }
  }
  return report()
}
