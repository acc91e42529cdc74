import { redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { completeVisitorCart } from "@/lib/data/cart"
import { getLastOrderId } from "@/lib/data/cookies"

/**
 * Where Stripe sends the shopper back after a redirect-based authentication (3-D Secure outside
 * the in-page modal): `?payment_intent=…&redirect_status=succeeded|failed`. A success completes
 * the cart and shows the confirmation; anything else returns to the payment step with a message.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const status = request.nextUrl.searchParams.get("redirect_status")
  if (status !== "succeeded" && status !== "pending") {
    redirect(`/${locale}/checkout?payment=failed`)
  }
  const result = await completeVisitorCart()
  if (result.ok) redirect(`/${locale}/order/${result.orderId}/confirmed`)
  // The modal flow may already have placed the order (e.g. a double return): show it.
  const lastOrder = await getLastOrderId()
  if (result.error === "cartGone" && lastOrder) redirect(`/${locale}/order/${lastOrder}/confirmed`)
  redirect(`/${locale}/checkout?payment=${result.error === "soldOut" ? "soldOut" : result.error}`)
}
