"use server"

import { getTranslations } from "next-intl/server"
import { deleteLineItem } from "@/lib/data/cart"

export type RemoveResult = { ok: true } | { ok: false; message: string }

/** The drawer's "Remove": the cart's own action, its refusal worded here rather than in the browser. */
export async function removeDrawerLine(lineId: string, locale: string): Promise<RemoveResult> {
  const result = await deleteLineItem(lineId)
  if (result.ok) return result
  const t = await getTranslations({ locale: locale === "es" ? "es" : "en", namespace: "cart.errors" })
  return { ok: false, message: t(result.error) }
}
