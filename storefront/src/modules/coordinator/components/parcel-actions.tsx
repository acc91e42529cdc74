import { useState } from "react"
import { useFormatter, useTranslations } from "next-intl"
import type { CoordinatorOrder, ParcelStatus } from "@telar/types"
import type { ParcelStatusInput } from "@/lib/data/coordinator"
import { setParcelStatus } from "../lib/portal-client"
import { usePending } from "../lib/use-pending"

const primary =
  "min-h-14 w-full rounded-lg bg-ink px-5 py-3 text-lg font-semibold text-paper disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
const secondary =
  "min-h-14 w-full rounded-lg border-2 border-ink bg-white px-5 py-3 text-lg font-semibold text-ink disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
const input =
  "w-full rounded-lg border-2 border-ink/30 bg-white px-4 py-3 text-lg text-ink focus-visible:border-indigo focus-visible:outline-2 focus-visible:outline-indigo"
const chip: Record<ParcelStatus, string> = {
  pending: "bg-clay/15 text-clay-dark",
  ready: "bg-indigo/10 text-indigo",
  handed_to_carrier: "bg-green-100 text-green-900",
}

/** A fresh id per tap; the backend answers a replay of it without moving anything. */
function mutationId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

/** The parcel's status, who moved it and when, and the big buttons that move it forward: ready, then handed to the carrier. */
export function ParcelActions({ order }: { order: Pick<CoordinatorOrder, "id" | "parcel"> }) {
  const t = useTranslations("portal.orders")
  const format = useFormatter()
  const [parcel, setParcel] = useState(order.parcel)
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "problem" } | null>(null)
  const [pending, startTransition] = usePending()
  const when = (at: string) => format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short" })

  const send = (input: Omit<ParcelStatusInput, "order_id" | "client_mutation_id">) =>
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof setParcelStatus>>
      try {
        result = await setParcelStatus({ ...input, order_id: order.id, client_mutation_id: mutationId() })
      } catch {
        // Without signal /api/portal itself cannot be reached.
        result = { error: "unreachable" }
      }
      if ("error" in result) {
        setMessage({ text: result.error === "refused" ? result.message : t(`errors.${result.error}`), tone: "problem" })
        return
      }
      setParcel(result.order.parcel)
      setMessage({ text: result.message, tone: "ok" })
    })

  const handOver = (form: FormData) =>
    send({
      status: "handed_to_carrier",
      carrier: String(form.get("carrier") ?? ""),
      tracking_number: String(form.get("tracking_number") ?? ""),
    })

  const handedForm = (
    <form
      onSubmit={(event) => {
        // Sent by the portal's script (Preact has no form actions); the page stays where it is.
        event.preventDefault()
        handOver(new FormData(event.currentTarget))
      }}
      className="grid gap-3"
    >
      <label className="grid gap-1 text-base font-semibold text-ink">
        {t("carrier")}
        <input className={input} name="carrier" type="text" autoComplete="off" maxLength={100} placeholder={t("carrierHint")} />
      </label>
      <label className="grid gap-1 text-base font-semibold text-ink">
        {t("tracking")}
        <input className={input} name="tracking_number" type="text" autoComplete="off" autoCapitalize="characters" maxLength={100} />
      </label>
      <button type="submit" className={parcel.status === "ready" ? primary : secondary} disabled={pending}>
        {pending ? t("saving") : t("markHanded")}
      </button>
    </form>
  )

  return (
    <div className="grid gap-3 border-t border-ink/10 pt-4" data-testid="parcel-actions" data-status={parcel.status}>
      <p>
        <span className={`inline-block rounded-full px-3 py-1 text-base font-semibold ${chip[parcel.status]}`} data-testid="parcel-status">
          {t(`status.${parcel.status}`)}
        </span>
      </p>
      {parcel.ready_at && (
        <p className="text-sm text-ink/80">{t("readyOn", { date: when(parcel.ready_at), name: parcel.ready_by?.name ?? t("someone") })}</p>
      )}
      {parcel.handed_at && (
        <div className="grid gap-1 text-sm break-words text-ink/80">
          <p>{t("handedOn", { date: when(parcel.handed_at), name: parcel.handed_by?.name ?? t("someone") })}</p>
          {parcel.carrier && <p>{t("carrierIs", { carrier: parcel.carrier })}</p>}
          {parcel.tracking_number && <p className="font-semibold text-ink">{t("trackingIs", { number: parcel.tracking_number })}</p>}
        </div>
      )}
      {parcel.status === "pending" && (
        <>
          <button type="button" className={primary} disabled={pending} onClick={() => send({ status: "ready" })}>
            {pending ? t("saving") : t("markReady")}
          </button>
          <details className="rounded-lg bg-paper p-3">
            <summary className="cursor-pointer py-2 text-base font-semibold text-indigo underline underline-offset-4">
              {t("handedQuestion")}
            </summary>
            <div className="pt-3">{handedForm}</div>
          </details>
        </>
      )}
      {parcel.status === "ready" && handedForm}
      {message && (
        <p role="status" className={message.tone === "ok" ? "text-base text-green-800" : "text-base font-semibold text-clay-dark"}>
          {message.text}
        </p>
      )}
    </div>
  )
}
