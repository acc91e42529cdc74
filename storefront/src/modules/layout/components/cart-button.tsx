import { Suspense } from "react"
import { getLocale, getTranslations } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import { itemCount, sortLines } from "@/lib/util/line-items"
import { lineOptionsText } from "@/lib/util/line-options"
import { amountToMinor, formatMoney } from "@/lib/util/money"
import CartDrawer, { type DrawerCart } from "./cart-drawer"
import CartLinkFallback from "./cart-link-fallback"

/**
 * The header's cart button: shows how many pieces are in the cart and opens the cart drawer
 * (a link to the cart page without JavaScript). Streams in, so it never holds up the page.
 */
export function CartButton() {
  return (
    <Suspense fallback={<CartLinkFallback />}>
      <CartButtonLoader />
    </Suspense>
  )
}

async function CartButtonLoader() {
  const [cart, locale, t] = await Promise.all([retrieveCart(), getLocale(), getTranslations("cart")])
  if (!cart) return <CartDrawer cart={{ count: 0, lines: [], subtotal: "" }} />
  const currency = cart.currency_code
  const money = (amount: number | null | undefined) => formatMoney(amountToMinor(amount, currency), currency, locale)
  const drawer: DrawerCart = {
    count: itemCount(cart.items),
    subtotal: money(cart.item_subtotal ?? cart.subtotal),
    lines: sortLines(cart.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variant: lineOptionsText(item, {
        option: (name, value) => t("option", { name, value }),
        variant: (value) => t("variant", { value }),
      }),
      thumbnail: item.thumbnail ?? null,
      handle: item.product_handle ?? null,
      quantity: item.quantity,
      total: money(item.subtotal ?? Number(item.unit_price) * item.quantity),
    })),
  }
  return <CartDrawer cart={drawer} />
}
