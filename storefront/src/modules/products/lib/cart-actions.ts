"use server"

import { getTranslations } from "next-intl/server"
import { addToCart } from "@/lib/data/cart"

export type AddPieceResult = { ok: true; count: number } | { ok: false; message: string }

/**
 * "Add to cart" from a product page: the cart's own action, with its refusal worded here in the
 * page's language, so the browser needs no message formatter.
 */
export async function addPiece(input: { variantId: string; quantity?: number; locale: string }): Promise<AddPieceResult> {
  const locale = input?.locale === "es" ? "es" : "en"
  const result = await addToCart({ variantId: input?.variantId, quantity: input?.quantity, locale })
  if (result.ok) return result
  const t = await getTranslations({ locale, namespace: "cart.errors" })
  return {
    ok: false,
    message: result.error === "allInCart" ? t("allInCart", { available: result.available ?? 0 }) : t(result.error),
  }
}
