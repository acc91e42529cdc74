import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import type { ProductRequestPhoto } from "@telar/types"
import { uploadRequestPhoto } from "../lib/portal-client"
import { resizePhoto } from "../lib/resize-photo"

/** At most this many photos per piece (the backend refuses more). */
export const MAX_REQUEST_PHOTOS = 6

/** queued → uploading → done; without signal `waiting` (sent again when it returns); `failed` says why. */
export type PhotoSlot = {
  key: string
  preview: string
  status: "queued" | "uploading" | "waiting" | "failed" | "done"
  id?: string
  blob?: Blob
  problem?: string
}

const fromServer = (photo: ProductRequestPhoto): PhotoSlot => ({ key: photo.id, preview: photo.url, status: "done", id: photo.id })

/**
 * The photos of a proposed piece: each is shrunk on the phone, then sent on its own, one at a
 * time, so a weak signal retries one photo and never the whole proposal.
 */
export function useRequestPhotos(initial: ProductRequestPhoto[]) {
  const t = useTranslations("portal.requestForm")
  const [slots, setSlots] = useState<PhotoSlot[]>(() => initial.map(fromServer))
  const busy = useRef(false)

  const update = useCallback((key: string, change: Partial<PhotoSlot>) => {
    setSlots((current) => current.map((slot) => (slot.key === key ? { ...slot, ...change } : slot)))
  }, [])

  // Sends the first queued photo whenever none is on its way.
  useEffect(() => {
    if (busy.current) return
    const next = slots.find((slot) => slot.status === "queued")
    if (!next?.blob) return
    busy.current = true
    update(next.key, { status: "uploading", problem: undefined })
    const form = new FormData()
    form.set("photo", next.blob, "photo.jpg")
    uploadRequestPhoto(form)
      .catch(() => ({ error: "unreachable" as const, message: undefined }))
      .then((result) => {
        if ("photo" in result) update(next.key, { status: "done", id: result.photo.id })
        else if (result.error === "unreachable") update(next.key, { status: "waiting" })
        else update(next.key, { status: "failed", problem: result.message ?? t(`errors.${result.error}`) })
      })
      .finally(() => {
        busy.current = false
        // Wakes this effect for the next photo in line.
        setSlots((current) => [...current])
      })
  }, [slots, update, t])

  // Signal is back: photos that waited for it go again.
  useEffect(() => {
    const retry = () => setSlots((current) => current.map((slot) => (slot.status === "waiting" ? { ...slot, status: "queued" } : slot)))
    window.addEventListener("online", retry)
    return () => window.removeEventListener("online", retry)
  }, [])

  const add = useCallback(
    async (files: File[]) => {
      const room = MAX_REQUEST_PHOTOS - slots.length
      for (const file of files.slice(0, Math.max(0, room))) {
        const key = crypto.randomUUID()
        const preview = URL.createObjectURL(file)
        setSlots((current) => [...current, { key, preview, status: "uploading" }])
        const resized = await resizePhoto(file)
        if (resized) update(key, { status: "queued", blob: resized.blob })
        else update(key, { status: "failed", problem: t("errors.unreadable") })
      }
      return files.length <= room
    },
    [slots.length, update, t]
  )

  const remove = useCallback((key: string) => {
    setSlots((current) => {
      const gone = current.find((slot) => slot.key === key)
      if (gone?.preview.startsWith("blob:")) URL.revokeObjectURL(gone.preview)
      return current.filter((slot) => slot.key !== key)
    })
  }, [])

  const retry = useCallback((key: string) => update(key, { status: "queued" }), [update])

  return { slots, add, remove, retry }
}

const STATUS_TONE: Record<PhotoSlot["status"], string> = {
  queued: "bg-ink/70",
  uploading: "bg-ink/70",
  waiting: "bg-clay-dark",
  failed: "bg-clay-dark",
  done: "bg-green-800",
}

/** The photo grid with its add button: large targets, each photo's state in words. */
export function RequestPhotos({ photos }: { photos: ReturnType<typeof useRequestPhotos> }) {
  const t = useTranslations("portal.requestForm")
  const [tooMany, setTooMany] = useState(false)
  const label = (slot: PhotoSlot) =>
    slot.status === "done"
      ? t("photoDone")
      : slot.status === "waiting"
        ? t("photoWaiting")
        : slot.status === "failed"
          ? t("photoFailed")
          : t("photoUploading")
  return (
    <fieldset className="grid gap-3">
      <legend className="text-lg font-semibold text-ink">{t("photos", { max: MAX_REQUEST_PHOTOS })}</legend>
      <p className="text-base text-ink/75">{t("photosHint")}</p>
      {photos.slots.length > 0 && (
        <ul className="grid grid-cols-2 gap-3">
          {photos.slots.map((slot, index) => (
            <li
              key={slot.key}
              className="grid gap-2 rounded-lg bg-white p-2 ring-1 ring-ink/10"
              data-testid="request-photo"
              data-status={slot.status}
            >
              {/* biome-ignore lint/performance/noImgElement: a local preview (blob:) or the backend's resized photo */}
              <img
                src={slot.preview}
                alt={t("photoAlt", { number: index + 1 })}
                className="aspect-square w-full rounded-md bg-paper object-cover"
              />
              <p className="flex items-center gap-2 text-sm text-ink" role="status">
                <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${STATUS_TONE[slot.status]}`} />
                {label(slot)}
              </p>
              {slot.problem ? <p className="text-sm font-semibold text-clay-dark">{slot.problem}</p> : null}
              <div className="flex flex-wrap gap-2">
                {(slot.status === "waiting" || slot.status === "failed") && slot.blob ? (
                  <button
                    type="button"
                    onClick={() => photos.retry(slot.key)}
                    className="min-h-12 rounded-md border-2 border-ink px-3 text-base font-semibold text-ink"
                  >
                    {t("retry")}
                  </button>
                ) : null}
                <button
                  type="button"
                  onClick={() => photos.remove(slot.key)}
                  className="min-h-12 rounded-md px-3 text-base font-semibold text-indigo underline underline-offset-4"
                  aria-label={t("removePhoto", { number: index + 1 })}
                >
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {tooMany ? (
        <p role="alert" className="text-base font-semibold text-clay-dark">
          {t("errors.tooManyPhotos", { max: MAX_REQUEST_PHOTOS })}
        </p>
      ) : null}
      {photos.slots.length < MAX_REQUEST_PHOTOS && (
        <label className="flex min-h-14 cursor-pointer items-center justify-center rounded-lg border-2 border-dashed border-ink/50 px-4 text-lg font-semibold text-ink focus-within:outline-2 focus-within:outline-indigo">
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/*"
            multiple
            className="sr-only"
            data-testid="request-photo-input"
            onChange={async (event) => {
              const files = Array.from(event.target.files ?? [])
              event.target.value = ""
              setTooMany(!(await photos.add(files)))
            }}
          />
          + {t("addPhoto")}
        </label>
      )}
    </fieldset>
  )
}
