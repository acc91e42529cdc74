import { Suspense } from "react"
import { getLocale } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import { itemCount, sortLines } from "../lib/group"
import { formatMoney } from "../lib/money"
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
  const [cart, locale] = await Promise.all([retrieveCart(), getLocale()])
  if (!cart) return <CartDrawer cart={{ count: 0, lines: [], subtotal: "" }} />
  const currency = cart.currency_code
  const drawer: DrawerCart = {
    count: itemCount(cart.items),
    subtotal: formatMoney(cart.item_subtotal ?? cart.subtotal, currency, locale),
    lines: sortLines(cart.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variant: item.variant_title && item.variant_title !== "Default variant" ? item.variant_title : null,
      thumbnail: item.thumbnail ?? null,
      handle: item.product_handle ?? null,
      quantity: item.quantity,
      total: formatMoney(item.subtotal ?? Number(item.unit_price) * item.quantity, currency, locale),
    })),
  }
  return <CartDrawer cart={drawer} />
}

export default CartButton
