"use client"

import { useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import { fixStockProblems } from "@/lib/data/cart"
import type { StockProblem } from "@/lib/util/stock"
import { ui } from "../lib/ui"

/**
 * Tells the shopper which pieces sold out (or are short) since they were added, and offers to
 * bring the cart in line with what is left. Shown on the cart page and at checkout review.
 */
export default function StockProblems({
  problems,
  headingLevel = 2,
  id = "stock-problems",
  note,
}: {
  problems: StockProblem[]
  headingLevel?: 2 | 3
  id?: string
  note?: string
}) {
  const t = useTranslations("cart")
  const tErr = useTranslations("cart.errors")
  const [pending, start] = useTransition()
  const [error, setError] = useState<string | null>(null)
  if (!problems.length) return null
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className={ui.alert} data-testid="stock-problems">
      <Heading id={`${id}-title`} className="text-lg font-semibold">
        {t("stockTitle")}
      </Heading>
      <p className="mt-1">{t("stockIntro")}</p>
      <ul className="mt-2 list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem.line_item_id}>
            {problem.kind === "soldOut"
              ? t("soldOutLine", { title: problem.title })
              : t("tooManyLine", { title: problem.title, available: problem.available, requested: problem.requested })}
          </li>
        ))}
      </ul>
      {note && <p className="mt-2 font-medium">{note}</p>}
      <button
        type="button"
        className={`${ui.secondary} mt-3`}
        disabled={pending}
        data-testid="fix-stock"
        onClick={() =>
          start(async () => {
            setError(null)
            const result = await fixStockProblems()
            if (!result.ok) setError(tErr(result.error))
          })
        }
      >
        {pending ? t("fixing") : t("fixStock")}
      </button>
      <p role="alert" className={error ? "mt-2 font-medium" : "sr-only"}>
        {error}
      </p>
    </section>
  )
}
