/**
 * Stock changes made without signal wait here (IndexedDB, so they survive a closed tab) until
 * they can be sent, in the order they were made. Each keeps its client_mutation_id, so sending
 * one twice changes the stock once.
 */
export type QueuedChange = {
  client_mutation_id: string
  variant_id: string
  delta: number
  expected_stocked_quantity?: number
  queued_at: number
}

const DB = "telar-portal"
const STORE = "stock-changes"

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "client_mutation_id" })
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  } finally {
    db.close()
  }
}

export const enqueue = (change: QueuedChange) => run("readwrite", (store) => store.put(change))
export const dequeue = (id: string) => run("readwrite", (store) => store.delete(id))
export const queued = async (): Promise<QueuedChange[]> =>
  (await run<QueuedChange[]>("readonly", (store) => store.getAll())).sort((a, b) => a.queued_at - b.queued_at)
