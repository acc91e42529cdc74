import "server-only"
import { getTranslations } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import { itemCount, sortLines } from "@/lib/util/line-items"
import { lineOptionsText } from "@/lib/util/line-options"
import { amountToMinor, formatMoney } from "@/lib/util/money"

export type DrawerLine = {
  id: string
  title: string
  /** What the line says about its variant, already worded ("Talla: M"). */
  variant: string | null
  thumbnail: string | null
  handle: string | null
  quantity: number
  total: string
  /** "Remove Huipil from your cart". */
  removeLabel: string
}

/** The header's cart, worded and priced on the server: the browser only shows it. */
export type DrawerCart = {
  count: number
  /** "pieces" after the count, for screen readers. */
  unit: string
  subtotal: string
  lines: DrawerLine[]
}

/** The visitor's cart (from their cookie) for the header's cart button and drawer, in their language. */
export async function drawerCart(locale: string): Promise<DrawerCart> {
  const [cart, t] = await Promise.all([retrieveCart(locale), getTranslations({ locale, namespace: "cart" })])
  if (!cart) return { count: 0, unit: t("buttonUnit", { count: 0 }), subtotal: "", lines: [] }
  const currency = cart.currency_code
  const money = (amount: number | null | undefined) => formatMoney(amountToMinor(amount, currency), currency, locale)
  const count = itemCount(cart.items)
  return {
    count,
    unit: t("buttonUnit", { count }),
    subtotal: money(cart.item_subtotal ?? cart.subtotal),
    lines: sortLines(cart.items ?? []).map((item) => {
      const title = item.product_title ?? item.title
      return {
        id: item.id,
        title,
        variant: lineOptionsText(item, {
          option: (name, value) => t("option", { name, value }),
          variant: (value) => t("variant", { value }),
        }),
        thumbnail: item.thumbnail ?? null,
        handle: item.product_handle ?? null,
        quantity: item.quantity,
        total: money(item.subtotal ?? Number(item.unit_price) * item.quantity),
        removeLabel: t("removeLabel", { title }),
      }
    }),
  }
}
