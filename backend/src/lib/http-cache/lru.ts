export type LruLimits = { maxEntries: number; maxBytes: number; ttlMs: number }

type Entry<T> = { value: T; bytes: number; expiresAt: number }

/** A Map in recency order: the least recently used entry leaves first once either bound is passed; each expires after ttlMs. */
export class LruCache<T> {
  private readonly entries = new Map<string, Entry<T>>()
  private bytes = 0

  constructor(
    private readonly limits: LruLimits,
    private readonly now: () => number = Date.now
  ) {}

  get size() {
    return this.entries.size
  }

  get totalBytes() {
    return this.bytes
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.expiresAt <= this.now()) {
      this.bytes -= entry.bytes
      return undefined
    }
    this.entries.set(key, entry)
    return entry.value
  }

  /** Stores `value`, weighing `bytes`; false when it alone is over the byte bound (and nothing was stored). */
  set(key: string, value: T, bytes: number): boolean {
    this.delete(key)
    if (bytes > this.limits.maxBytes) return false
    this.entries.set(key, { value, bytes, expiresAt: this.now() + this.limits.ttlMs })
    this.bytes += bytes
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      this.delete(this.entries.keys().next().value as string)
    }
    return true
  }

  delete(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
  }

  clear() {
    this.entries.clear()
    this.bytes = 0
  }
}
