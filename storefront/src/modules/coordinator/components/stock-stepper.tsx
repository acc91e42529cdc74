"use client"

import { useEffect, useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import type { ShelfVariant } from "@telar/types"
import { type Submitted, useShelfSync } from "./shelf-sync"

/** −/+ buttons that save at once, or keep the change on the phone until there is signal. */
export function StockStepper({ variant, label }: { variant: ShelfVariant; label: string }) {
  const t = useTranslations("portal.shelf")
  const { submit, synced, conflicts, keepPhone, keepServer } = useShelfSync()
  const [stocked, setStocked] = useState(variant.stocked_quantity)
  const [reserved, setReserved] = useState(variant.reserved_quantity)
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "problem" | "waiting" } | null>(null)
  const [pending, startTransition] = useTransition()

  // What the server said when a change made without signal finally arrived.
  const late = synced[variant.id]
  useEffect(() => {
    if (!late) return
    setStocked(late.stocked_quantity)
    setReserved(late.reserved_quantity)
    setMessage({ text: late.message, tone: late.outcome === "applied" ? "ok" : "problem" })
  }, [late])

  /** Shows what became of a change: the server's answer, or that it waits on the phone (showing `onPhone`). */
  const show = (result: Submitted, onPhone: number) => {
    if ("queued" in result) {
      setStocked(onPhone)
      setMessage({ text: t("kept"), tone: "waiting" })
    } else if ("error" in result) {
      setMessage({ text: t(`errors.${result.error}`), tone: "problem" })
    } else {
      setStocked(result.stocked_quantity)
      setReserved(result.reserved_quantity)
      setMessage({ text: result.message, tone: result.outcome === "applied" ? "ok" : "problem" })
    }
  }

  const press = (delta: number) =>
    startTransition(async () => {
      const result = await submit({
        client_mutation_id: crypto.randomUUID(),
        variant_id: variant.id,
        delta,
        expected_stocked_quantity: stocked,
      })
      show(result, stocked + delta)
    })

  // The count changed elsewhere while this phone changed it: nothing moves until the coordinator chooses.
  const conflict = conflicts[variant.id]
  const choose = (keep: "phone" | "server") =>
    startTransition(async () => {
      if (!conflict) return
      if (keep === "server") {
        await keepServer(variant.id)
        setMessage({ text: t("conflict.keptTelar"), tone: "ok" })
        return
      }
      const result = await keepPhone(variant.id)
      if (result) show(result, conflict.phone_quantity)
    })

  const button =
    "flex size-14 items-center justify-center rounded-full border-2 border-ink text-3xl font-semibold text-ink active:bg-ink/10 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
  const choice =
    "min-h-14 rounded-xl border-2 border-ink bg-white px-3 py-3 text-xl font-semibold text-ink active:bg-ink/10 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
  const tone = { ok: "text-sm text-green-800", problem: "text-sm font-semibold text-clay-dark", waiting: "text-sm text-ink/80" }
  return (
    <div className="grid gap-2">
      <div className="flex items-center gap-4">
        <button
          type="button"
          className={button}
          disabled={pending || !!conflict || stocked <= reserved}
          onClick={() => press(-1)}
          aria-label={t("less", { name: label })}
        >
          −
        </button>
        <p className="min-w-16 text-center" aria-live="polite">
          <span className="block text-3xl font-semibold text-ink" data-testid="stocked">
            {stocked}
          </span>
          <span className="text-sm text-ink/75">{t("inStock")}</span>
        </p>
        <button
          type="button"
          className={button}
          disabled={pending || !!conflict}
          onClick={() => press(1)}
          aria-label={t("more", { name: label })}
        >
          +
        </button>
      </div>
      {reserved > 0 && <p className="text-sm text-ink/80">{t("reserved", { count: reserved })}</p>}
      {message && (
        <p role="status" className={tone[message.tone]}>
          {message.text}
        </p>
      )}
      {conflict && (
        // Not a second "status": the message above already says what happened; this asks what to do.
        <div className="grid gap-3 rounded-lg bg-clay/10 p-3 ring-1 ring-clay/40" data-testid="stock-conflict">
          <p className="text-base font-semibold text-ink">{t("conflict.title")}</p>
          <p className="text-lg text-ink" data-testid="stock-conflict-counts">
            {t("conflict.both", { phone: conflict.phone_quantity, telar: conflict.server_quantity })}
          </p>
          <p className="text-base text-ink/80">{t("conflict.hint")}</p>
          <div className="grid grid-cols-2 gap-3">
            <button type="button" className={choice} disabled={pending} onClick={() => choose("phone")} data-testid="keep-phone">
              {t("conflict.keep", { count: conflict.phone_quantity })}
            </button>
            <button type="button" className={choice} disabled={pending} onClick={() => choose("server")} data-testid="keep-server">
              {t("conflict.keep", { count: conflict.server_quantity })}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
