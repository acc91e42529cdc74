import type { QueuedChange, QueueStore, StockConflict } from "./stock-sync"

/**
 * Stock changes made without signal wait here (IndexedDB, so they survive a closed tab) until
 * they can be sent, in the order they were made. Each keeps its client_mutation_id, so sending
 * one twice changes the stock once. Conflicts wait here too, until the coordinator chooses.
 */
export type { QueuedChange, StockConflict }

const DB = "telar-portal"
const STORE = "stock-changes"
const CONFLICTS = "stock-conflicts"

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Version 2 added the conflicts; a phone on version 1 keeps its waiting changes.
    const request = indexedDB.open(DB, 2)
    request.onupgradeneeded = () => {
      const db = request.result
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "client_mutation_id" })
      if (!db.objectStoreNames.contains(CONFLICTS)) db.createObjectStore(CONFLICTS, { keyPath: "variant_id" })
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(name: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(name, mode).objectStore(name))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  } finally {
    db.close()
  }
}

export const enqueue = async (change: QueuedChange) => {
  await run(STORE, "readwrite", (store) => store.put(change))
}

/** The phone's IndexedDB as the queue's store. */
export const phoneQueue: QueueStore = {
  queued: async () => (await run<QueuedChange[]>(STORE, "readonly", (store) => store.getAll())).sort((a, b) => a.queued_at - b.queued_at),
  dequeue: async (id) => {
    await run(STORE, "readwrite", (store) => store.delete(id))
  },
  conflicts: async () =>
    (await run<StockConflict[]>(CONFLICTS, "readonly", (store) => store.getAll())).sort((a, b) => a.detected_at - b.detected_at),
  saveConflict: async (conflict) => {
    await run(CONFLICTS, "readwrite", (store) => store.put(conflict))
  },
  dropConflict: async (variantId) => {
    await run(CONFLICTS, "readwrite", (store) => store.delete(variantId))
  },
}
