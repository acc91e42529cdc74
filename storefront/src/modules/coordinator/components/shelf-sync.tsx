import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import type { StockChangeResult } from "@telar/types"
import type { StockChangeInput } from "@/lib/data/coordinator"
import { changeStock } from "../lib/portal-client"
import { enqueue, phoneQueue } from "../lib/offline-queue"
import { conflictFrom, drainQueue, keepPhoneChange, type StockConflict } from "../lib/stock-sync"

export type Submitted = StockChangeResult | { queued: true } | { error: "sessionExpired" | "rejected" | "generic" }

type Sync = {
  submit: (change: StockChangeInput) => Promise<Submitted>
  /** The latest answer the server gave for a variant while the queue drained. */
  synced: Record<string, StockChangeResult>
  /** Pieces whose count changed elsewhere while this phone changed it: the coordinator chooses which stays. */
  conflicts: Record<string, StockConflict>
  /** Sets the phone's number over Telar's current one. */
  keepPhone: (variantId: string) => Promise<Submitted | null>
  /** Leaves Telar's number as it is; the phone's change is dropped. */
  keepServer: (variantId: string) => Promise<void>
}

const SyncContext = createContext<Sync | null>(null)

export function useShelfSync(): Sync {
  const sync = useContext(SyncContext)
  if (!sync) throw new Error("useShelfSync outside <ShelfSync>")
  return sync
}

const byVariant = (conflicts: StockConflict[]) => Object.fromEntries(conflicts.map((conflict) => [conflict.variant_id, conflict]))

/** Sends stock changes at once when there is signal; otherwise keeps them, in order, and sends them when it returns. */
export function ShelfSync({ children }: { children: React.ReactNode }) {
  const t = useTranslations("portal.sync")
  const [waiting, setWaiting] = useState(0)
  const [synced, setSynced] = useState<Record<string, StockChangeResult>>({})
  const [conflicts, setConflicts] = useState<Record<string, StockConflict>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const draining = useRef(false)

  const drain = useCallback(async () => {
    if (draining.current) return
    draining.current = true
    try {
      const report = await drainQueue(phoneQueue, (change) => changeStock(change, "offline_sync"))
      if (report.synced.length) {
        setSynced((previous) => ({ ...previous, ...Object.fromEntries(report.synced.map((result) => [result.variant_id, result])) }))
      }
      setConflicts(byVariant(report.conflicts))
      if (report.problem !== undefined) setProblem(report.problem ? t(report.problem) : null)
    } catch {
      // IndexedDB refused (private browsing, full disk): the changes stay where they are.
    } finally {
      draining.current = false
      setWaiting((await phoneQueue.queued().catch(() => [])).length)
    }
  }, [t])

  useEffect(() => {
    drain()
    window.addEventListener("online", drain)
    return () => window.removeEventListener("online", drain)
  }, [drain])

  const submit = useCallback(
    async (change: StockChangeInput): Promise<Submitted> => {
      // Behind changes still waiting, a new one waits too: they reach the server in the order they were made.
      if (navigator.onLine && (await phoneQueue.queued()).length === 0) {
        try {
          const result = await changeStock(change)
          if (!("error" in result)) {
            const conflict = conflictFrom(change, result)
            if (conflict) {
              await phoneQueue.saveConflict(conflict)
              setConflicts((previous) => ({ ...previous, [conflict.variant_id]: conflict }))
            }
            return result
          }
          if (result.error !== "unreachable") return { error: result.error }
        } catch {
          // The phone lost its signal on the way.
        }
      }
      await enqueue({ ...change, queued_at: Date.now() })
      setWaiting((await phoneQueue.queued()).length)
      if (navigator.onLine) drain()
      return { queued: true }
    },
    [drain]
  )

  const forget = useCallback(async (variantId: string) => {
    await phoneQueue.dropConflict(variantId)
    setConflicts((previous) => {
      const { [variantId]: _dropped, ...rest } = previous
      return rest
    })
  }, [])

  const keepPhone = useCallback(
    async (variantId: string): Promise<Submitted | null> => {
      const conflict = conflicts[variantId]
      if (!conflict) return null
      await forget(variantId)
      // Changed yet again meanwhile, the answer is a new conflict and submit keeps it.
      return submit(keepPhoneChange(conflict, crypto.randomUUID()))
    },
    [conflicts, forget, submit]
  )

  const keepServer = useCallback((variantId: string) => forget(variantId), [forget])

  const open = Object.keys(conflicts).length
  return (
    <SyncContext.Provider value={{ submit, synced, conflicts, keepPhone, keepServer }}>
      <div aria-live="polite">
        {waiting > 0 && (
          <p className="mb-4 rounded-lg bg-maize/40 px-4 py-3 text-base font-semibold text-ink" data-testid="waiting">
            {t("waiting", { count: waiting })}
          </p>
        )}
        {open > 0 && (
          <p className="mb-4 rounded-lg bg-clay/15 px-4 py-3 text-base font-semibold text-ink" data-testid="conflicts">
            {t("conflicts", { count: open })}
          </p>
        )}
        {problem && (
          <p role="alert" className="mb-4 rounded-lg bg-clay/15 px-4 py-3 font-semibold text-ink">
            {problem}
          </p>
        )}
      </div>
      {children}
    </SyncContext.Provider>
  )
}
