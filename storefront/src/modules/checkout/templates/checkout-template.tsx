import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { Link } from "@/i18n/navigation"
import { checkAvailability, getCartView, retrieveCart } from "@/lib/data/cart"
import { getCustomer } from "@/lib/data/customer"
import { getStripeConfig } from "@/lib/data/payment"
import { getShippingPlan } from "@/lib/data/shipping"
import CartTotals from "@/modules/common/components/cart-totals"
import LineItem from "@/modules/common/components/line-item"
import { amountToMinor, formatMoney } from "@/lib/util/money"
import { addressToInput, countryName, sameAddress } from "@/modules/common/lib/address"
import { ui } from "@/modules/common/lib/ui"
import { ERROR_KEYS, type ErrorKey } from "../lib/errors"
import { quoteSpeeds, selectedSpeed } from "../lib/shipping"
import type { CheckoutData } from "../lib/types"
import CheckoutFlow from "../components/checkout-flow"
import OrderSummary from "../components/order-summary"
import TestModeBanner from "../components/test-mode-banner"

export default async function CheckoutTemplate({ locale, payment }: { locale: string; payment?: string }) {
  const cart = await retrieveCart()
  if (!cart?.items?.length) {
    redirect({ href: "/cart", locale })
    return null
  }
  const t = await getTranslations({ locale, namespace: "checkout" })
  const tErr = await getTranslations({ locale, namespace: "cart.errors" })
  const tCart = await getTranslations({ locale, namespace: "cart" })
  const addressDone = !!cart.shipping_address?.address_1
  const [customer, plan, availability, view, stripe] = await Promise.all([
    getCustomer(),
    addressDone ? getShippingPlan() : Promise.resolve(null),
    checkAvailability(cart),
    getCartView(cart),
    getStripeConfig(),
  ])
  const currency = cart.currency_code
  const speed = plan ? selectedSpeed(plan, cart.shipping_methods) : null
  const money = (amount: number | string | null | undefined, code: string) => formatMoney(amountToMinor(amount, code), code, locale)
  const countries = (cart.region?.countries ?? [])
    .map((country) => country.iso_2 ?? "")
    .filter(Boolean)
    .map((code) => ({ code, name: countryName(code, locale) }))
  const shippingAddress = addressToInput(cart.shipping_address)
  const billingAddress = addressToInput(cart.billing_address)
  const problemByLine = new Map(availability.problems.map((problem) => [problem.line_item_id, problem]))
  const savedAddresses = (customer?.addresses ?? []).filter((address) => countries.some((country) => country.code === address.country_code))
  // A signed-in shopper starts from their default (else first) saved address when the cart has none.
  const suggested = addressDone ? null : (savedAddresses.find((address) => address.is_default_shipping) ?? savedAddresses[0] ?? null)
  const quotes = plan ? quoteSpeeds(plan, currency) : null
  const chosenParcels = quotes?.find((quote) => quote.speed === speed)?.parcels ?? []
  const parcelShipping = new Map(
    chosenParcels.map((parcel) => [
      parcel.cooperative?.id ?? "other",
      parcel.option ? money(parcel.option.amount, parcel.option.currency_code) : null,
    ])
  )

  const returnError = payment === "failed" ? t("payment.returnFailed") : payment ? tErr(isKnownError(payment) ? payment : "generic") : null

  const data: CheckoutData = {
    locale,
    signedIn: !!customer,
    email: cart.email ?? null,
    defaultEmail: cart.email ?? customer?.email ?? null,
    countries,
    shippingAddress: addressDone ? shippingAddress : null,
    billingAddress: cart.billing_address?.address_1 ? billingAddress : null,
    billingSame: !cart.billing_address?.address_1 || sameAddress(shippingAddress, billingAddress),
    savedAddresses: savedAddresses.map((address) => ({
      id: address.id,
      label: [address.address_1, address.city, address.postal_code].filter(Boolean).join(", "),
      address: addressToInput(address)!,
    })),
    suggestedAddressId: suggested?.id ?? null,
    regionSwitch: regionSwitchFor(
      countries.map((country) => country.code),
      currency,
      locale
    ),
    quotes: quotes
      ? quotes.map((quote) => ({
          speed: quote.speed,
          available: quote.available,
          amount: formatMoney(quote.amount, quote.currency, locale),
          parcels: quote.parcels.map((parcel) => ({
            name: parcel.cooperative?.name ?? tCart("parcelOther"),
            amount: parcel.option ? money(parcel.option.amount, parcel.option.currency_code) : null,
          })),
        }))
      : null,
    speed,
    parcels: plan?.groups.length ?? view.groups.length,
    currency,
    totalMinor: amountToMinor(cart.total, currency),
    total: money(cart.total, currency),
    problems: availability.problems,
    stripe,
    returnError,
  }

  const summary = (
    <div className="grid grid-cols-1 gap-4">
      {view.groups.map((group) => {
        const key = group.cooperative?.id ?? "other"
        const shipping = parcelShipping.get(key)
        return (
          <section key={key} aria-labelledby={`summary-parcel-${key}`}>
            <h3 id={`summary-parcel-${key}`} className="font-medium">
              {group.cooperative ? tCart("parcelFrom", { name: group.cooperative.name }) : tCart("parcelOther")}
            </h3>
            {speed && shipping && (
              <p className={`text-sm ${ui.muted}`}>{t("summary.parcelShipping", { speed: t(`shipping.${speed}`), amount: shipping })}</p>
            )}
            <ul className="divide-y divide-ink/10">
              {group.items.map((item) => (
                <LineItem
                  key={item.id}
                  item={item}
                  currency={currency}
                  locale={locale}
                  available={item.variant_id && item.variant_id in view.stock ? view.stock[item.variant_id] : null}
                  problem={problemByLine.get(item.id)}
                />
              ))}
            </ul>
          </section>
        )
      })}
      <CartTotals cart={cart} locale={locale} final={!!speed} />
    </div>
  )

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-4xl">{t("title")}</h1>
        <Link href="/cart" className={ui.link}>
          {t("backToCart")}
        </Link>
      </div>
      {stripe.testMode && <TestModeBanner locale={locale} />}
      {/* Phones: summary above the steps. Wide screens: steps left, summary in a side column. */}
      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-10">
        <div className="min-w-0 lg:col-start-2 lg:row-start-1 lg:self-stretch">
          <OrderSummary total={data.total}>{summary}</OrderSummary>
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <CheckoutFlow data={data} />
        </div>
      </div>
    </div>
  )
}

function isKnownError(value: string): value is ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(value)
}

/** The other side of the header's currency switch (USD ⇄ MXN), so the address step can name it. */
function regionSwitchFor(countries: string[], currency: string, locale: string): CheckoutData["regionSwitch"] {
  const other = countries.includes("us") ? "mx" : countries.includes("mx") ? "us" : null
  if (!other || countries.length !== 1) return null
  return {
    current: currency.toUpperCase(),
    otherCurrency: other === "mx" ? "MXN" : "USD",
    otherCountry: countryName(other, locale),
  }
}
