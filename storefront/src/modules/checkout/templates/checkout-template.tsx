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
    savedAddresses: (customer?.addresses ?? [])
      .filter((address) => countries.some((country) => country.code === address.country_code))
      .map((address) => ({
        id: address.id,
        label: [address.address_1, address.city, address.postal_code].filter(Boolean).join(", "),
        address: addressToInput(address)!,
      })),
    quotes: plan
      ? quoteSpeeds(plan, currency).map((quote) => ({
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

  const items = (
    <div className="grid gap-4">
      {view.groups.map((group) => {
        const headingId = `review-parcel-${group.cooperative?.id ?? "other"}`
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <h4 id={headingId} className="font-medium">
              {group.cooperative ? tCart("parcelFrom", { name: group.cooperative.name }) : tCart("parcelOther")}
            </h4>
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
    <div className="mx-auto max-w-3xl px-4 py-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-4xl">{t("title")}</h1>
        <Link href="/cart" className={ui.link}>
          {t("backToCart")}
        </Link>
      </div>
      {stripe.testMode && <TestModeBanner locale={locale} />}
      <CheckoutFlow data={data} items={items} />
    </div>
  )
}

function isKnownError(value: string): value is ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(value)
}
