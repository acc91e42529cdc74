import { useEffect, useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import type { ShelfVariant, StockChangeResult } from "@telar/types"
import type { StockChangeFailure } from "@/lib/data/coordinator"
import type { ShelfNotice } from "../lib/stock-form"
import { type Submitted, useShelfSync } from "./shelf-sync"
import { usePending } from "../lib/use-pending"

type Message = { text: string; tone: "ok" | "problem" | "waiting" }

/**
 * −/+ buttons that save at once, or keep the change on the phone until there is signal. Before the
 * page's JavaScript runs they post their form to the server instead (`mutationId`, made with the
 * page, keeps a form posted twice from changing the stock twice); `notice` is what that post did.
 */
export function StockStepper({
  variant,
  label,
  mutationId,
  notice,
}: {
  variant: ShelfVariant
  label: string
  mutationId: string
  notice?: ShelfNotice
}) {
  const t = useTranslations("portal.shelf")
  const locale = useLocale()
  const { submit, synced, conflicts, keepPhone, keepServer } = useShelfSync()
  const [stocked, setStocked] = useState(variant.stocked_quantity)
  const [reserved, setReserved] = useState(variant.reserved_quantity)
  /** The server's answer (or why there is none) in words, the same whether it came to a tap or to a posted form. */
  const describe = (answer: Pick<StockChangeResult, "outcome" | "message"> | StockChangeFailure): Message =>
    "error" in answer
      ? { text: t(`errors.${answer.error}`), tone: "problem" }
      : { text: answer.message, tone: answer.outcome === "applied" ? "ok" : "problem" }
  const [message, setMessage] = useState<Message | null>(() => (notice ? describe(notice) : null))
  const [pending, startTransition] = usePending()

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
      setMessage(describe(result))
    } else {
      setStocked(result.stocked_quantity)
      setReserved(result.reserved_quantity)
      setMessage(describe(result))
    }
  }

  const press = (event: React.MouseEvent<HTMLButtonElement>, delta: number) => {
    // Hydrated, a tap goes through the phone's queue (offline, conflicts), never the form's post.
    event.preventDefault()
    startTransition(async () => {
      const result = await submit({
        client_mutation_id: crypto.randomUUID(),
        variant_id: variant.id,
        delta,
        expected_stocked_quantity: stocked,
      })
      show(result, stocked + delta)
    })
  }

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
      {/* Posted by the browser before the portal's script runs (or without it); then nothing submits it (see press). */}
      <form action="/api/portal/stock" method="post" onSubmit={(event) => event.preventDefault()} className="flex items-center gap-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="variant_id" value={variant.id} />
        <input type="hidden" name="expected_stocked_quantity" value={stocked} />
        <input type="hidden" name="client_mutation_id" value={mutationId} />
        <button
          type="submit"
          name="delta"
          value="-1"
          className={button}
          disabled={pending || !!conflict || stocked <= reserved}
          onClick={(event) => press(event, -1)}
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
          type="submit"
          name="delta"
          value="1"
          className={button}
          disabled={pending || !!conflict}
          onClick={(event) => press(event, 1)}
          aria-label={t("more", { name: label })}
        >
          +
        </button>
      </form>
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
