"use client"

import { useTranslations } from "next-intl"
import { ui } from "@/modules/common/lib/ui"
import { CHECKOUT_STEPS } from "../lib/types"

/**
 * One checkout step: a numbered heading (focused when the step opens), then either the step's
 * form (open), a summary with an Edit button (done), or nothing yet (to do).
 */
export default function StepSection({
  id,
  open,
  done,
  summary,
  onEdit,
  editDisabled,
  children,
}: {
  id: (typeof CHECKOUT_STEPS)[number]
  open: boolean
  done: boolean
  summary?: React.ReactNode
  onEdit?: () => void
  editDisabled?: boolean
  children?: React.ReactNode
}) {
  const t = useTranslations("checkout")
  const headingId = `step-${id}-title`
  const index = CHECKOUT_STEPS.indexOf(id) + 1
  const title = t(`steps.${id}`)
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`step-${id}`}
      data-state={open ? "open" : done ? "done" : "todo"}
      className={`rounded-lg border p-5 ${open ? "border-ink/40 bg-white shadow-sm" : "border-ink/15 bg-white/60"}`}
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id={headingId} tabIndex={-1} className="flex min-w-0 items-center gap-3 font-serif text-xl focus:outline-none">
          <span
            aria-hidden="true"
            className={`inline-flex size-8 shrink-0 items-center justify-center rounded-full text-base font-sans font-bold ${
              done && !open ? "bg-jade text-white" : open ? "bg-clay-dark text-white" : "bg-ink/10 text-ink"
            }`}
          >
            {done && !open ? "✓" : index}
          </span>
          <span className="min-w-0">
            <span className="sr-only">{t("stepOf", { step: index, total: CHECKOUT_STEPS.length })}: </span>
            {title}
          </span>
        </h2>
        {done && !open && onEdit && (
          <button
            type="button"
            className={`${ui.textButton} shrink-0`}
            onClick={onEdit}
            disabled={editDisabled}
            aria-label={t("editLabel", { step: title })}
          >
            {t("edit")}
          </button>
        )}
      </div>
      {done && !open && summary && <div className="mt-3 min-w-0 text-ink/85 sm:pl-11">{summary}</div>}
      {open && <div className="mt-4">{children}</div>}
    </section>
  )
}
