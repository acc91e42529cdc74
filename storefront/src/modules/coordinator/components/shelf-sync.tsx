"use client"

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { changeStock, type StockChangeInput, type StockResult } from "@/lib/data/coordinator"
import { dequeue, enqueue, queued } from "../lib/offline-queue"

export type Submitted = StockResult | { queued: true } | { error: "sessionExpired" | "rejected" | "generic" }

type Sync = {
  submit: (change: StockChangeInput) => Promise<Submitted>
  /** The latest answer the server gave for a variant while the queue drained. */
  synced: Record<string, StockResult>
}

const SyncContext = createContext<Sync | null>(null)

export function useShelfSync(): Sync {
  const sync = useContext(SyncContext)
  if (!sync) throw new Error("useShelfSync outside <ShelfSync>")
  return sync
}

/** Sends stock changes at once when there is signal; otherwise keeps them, in order, and sends them when it returns. */
export function ShelfSync({ children }: { children: React.ReactNode }) {
  const t = useTranslations("portal.sync")
  const [waiting, setWaiting] = useState(0)
  const [synced, setSynced] = useState<Record<string, StockResult>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const draining = useRef(false)

  const drain = useCallback(async () => {
    if (draining.current) return
    draining.current = true
    try {
      for (const { queued_at: _queuedAt, ...change } of await queued()) {
        let result: Awaited<ReturnType<typeof changeStock>>
        try {
          result = await changeStock(change, "offline_sync")
        } catch {
          return // still no signal: try again when it comes back
        }
        if ("error" in result) {
          if (result.error === "unreachable") return
          if (result.error === "rejected") {
            // This one change cannot be made; the others behind it still go.
            await dequeue(change.client_mutation_id)
            setProblem(t("rejected"))
            continue
          }
          setProblem(t(result.error === "sessionExpired" ? "sessionExpired" : "generic"))
          return
        }
        await dequeue(change.client_mutation_id)
        setSynced((previous) => ({ ...previous, [result.variant_id]: result }))
      }
      setProblem(null)
    } finally {
      draining.current = false
      setWaiting((await queued()).length)
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
      if (navigator.onLine && (await queued()).length === 0) {
        try {
          const result = await changeStock(change)
          if (!("error" in result)) return result
          if (result.error !== "unreachable") return { error: result.error }
        } catch {
          // The phone lost its signal on the way.
        }
      }
      await enqueue({ ...change, queued_at: Date.now() })
      setWaiting((await queued()).length)
      if (navigator.onLine) drain()
      return { queued: true }
    },
    [drain]
  )

  return (
    <SyncContext.Provider value={{ submit, synced }}>
      <div aria-live="polite">
        {waiting > 0 && (
          <p className="mb-4 rounded-lg bg-maize/40 px-4 py-3 text-base font-semibold text-ink" data-testid="waiting">
            {t("waiting", { count: waiting })}
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
