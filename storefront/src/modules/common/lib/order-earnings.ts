import type { StoreOrderCooperativeEarning } from "@telar/types"
import { formatMoney } from "@/lib/util/money"

export type EarningLine = { id: string; name: string; amount: string; inOrderCurrency: string | null }

/**
 * Each cooperative's earnings from an order as the order page lists them: the pesos it is paid, and
 * the same amount in the order's currency when that differs and the backend knows the order's rate.
 */
export function earningLines(earnings: StoreOrderCooperativeEarning[], orderCurrency: string, locale: string): EarningLine[] {
  return earnings.map((earning) => {
    const converted = earning.order_currency_amount
    const differs = !!converted && converted.currency_code.toLowerCase() !== earning.currency_code.toLowerCase()
    return {
      id: earning.cooperative.id,
      name: earning.cooperative.name,
      amount: formatMoney(earning.amount, earning.currency_code, locale),
      inOrderCurrency:
        differs && converted.currency_code.toLowerCase() === orderCurrency.toLowerCase()
          ? formatMoney(converted.amount, converted.currency_code, locale)
          : null,
    }
  })
}
