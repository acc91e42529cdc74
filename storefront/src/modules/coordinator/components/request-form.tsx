import { useRef, useState } from "react"
import { useTranslations } from "next-intl"
import type { ProductRequest } from "@telar/types"
import { resubmitProductRequest, submitProductRequest } from "../lib/portal-client"
import { portalPath } from "@/lib/util/portal"
import { centavosToPesos, pesosToCentavos } from "../lib/pesos"
import { RequestPhotos, useRequestPhotos } from "./request-photos"
import { usePending } from "../lib/use-pending"

const input =
  "w-full rounded-lg border-2 border-ink/30 bg-white px-4 py-3 text-lg text-ink focus-visible:border-indigo focus-visible:outline-2 focus-visible:outline-indigo"
const field = "grid gap-2 text-lg font-semibold text-ink"
const hint = "text-base font-normal text-ink/75"

/**
 * A new piece proposed from the phone, or a returned one changed (`returned`). The fields keep
 * what was typed whatever happens; a retry after a lost answer sends the same client_request_id,
 * so the Telar team gets the piece once.
 */
export function RequestForm({ locale, returned }: { locale: string; returned?: ProductRequest }) {
  const t = useTranslations("portal.requestForm")
  const photos = useRequestPhotos(returned?.photos ?? [])
  const [problem, setProblem] = useState<string | null>(null)
  const [pending, startTransition] = usePending()
  // One id for this proposal however many times "send" is tapped.
  const clientRequestId = useRef<string | null>(null)

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? "").trim()
    const { slots } = photos
    if (slots.some((slot) => slot.status !== "done" && slot.status !== "failed")) return setProblem(t("waitPhotos"))
    const photoIds = slots.flatMap((slot) => (slot.status === "done" && slot.id ? [slot.id] : []))
    if (!photoIds.length) return setProblem(t("errors.photosMissing"))
    const price = pesosToCentavos(text("price"))
    if (price === null) return setProblem(t("errors.priceInvalid"))
    const fields = {
      title_es: text("title_es"),
      story_es: text("story_es"),
      materials: text("materials"),
      technique: text("technique"),
      producer_price_amount: price,
      stock: Number(text("stock") || "0"),
      photo_ids: photoIds,
    }
    setProblem(null)
    startTransition(async () => {
      clientRequestId.current ??= crypto.randomUUID()
      const result = await (returned
        ? resubmitProductRequest(returned.id, { ...fields, revision: returned.revision })
        : submitProductRequest({ ...fields, client_request_id: clientRequestId.current })
      ).catch(() => ({ error: "unreachable" as const, message: undefined }))
      if ("request" in result) {
        location.assign(`${portalPath(locale, "requests")}?sent=1`)
        return
      }
      setProblem(result.message ?? t(`errors.${result.error}`))
    })
  }

  return (
    <form onSubmit={submit} className="grid gap-6" data-testid="request-form">
      <RequestPhotos photos={photos} />
      <label className={field}>
        {t("name")}
        <input className={input} name="title_es" required maxLength={120} defaultValue={returned?.title_es} autoComplete="off" />
        <span className={hint}>{t("nameHint")}</span>
      </label>
      <label className={field}>
        {t("story")}
        <textarea className={`${input} min-h-32`} name="story_es" required maxLength={2000} defaultValue={returned?.story_es} />
        <span className={hint}>{t("storyHint")}</span>
      </label>
      <label className={field}>
        {t("materials")}
        <input className={input} name="materials" required maxLength={300} defaultValue={returned?.materials} />
        <span className={hint}>{t("materialsHint")}</span>
      </label>
      <label className={field}>
        {t("technique")}
        <input className={input} name="technique" required maxLength={200} defaultValue={returned?.technique} />
        <span className={hint}>{t("techniqueHint")}</span>
      </label>
      <label className={field}>
        {t("price")}
        <input
          className={input}
          name="price"
          required
          inputMode="decimal"
          pattern="[0-9]+([.,][0-9]{1,2})?"
          defaultValue={returned ? centavosToPesos(returned.producer_price.amount) : undefined}
        />
        <span className={hint}>{t("priceHint")}</span>
      </label>
      <label className={field}>
        {t("stock")}
        <input
          className={input}
          name="stock"
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          step={1}
          required
          defaultValue={returned?.stock ?? 1}
        />
      </label>
      {problem ? (
        <p role="alert" className="rounded-lg bg-clay/15 px-4 py-3 font-semibold text-ink" data-testid="request-problem">
          {problem}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        data-testid="request-submit"
        className="w-full rounded-lg bg-ink px-5 py-4 text-lg font-semibold text-paper disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
      >
        {pending ? t("submitting") : returned ? t("resubmit") : t("submit")}
      </button>
    </form>
  )
}
