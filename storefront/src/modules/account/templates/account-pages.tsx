import { getTranslations } from "next-intl/server"
import type { HttpTypes } from "@medusajs/types"
import { notFound } from "next/navigation"
import { Link, redirect } from "@/i18n/navigation"
import { getCustomer, type StoreCustomer } from "@/lib/data/customer"
import { listOrders, retrieveOrder } from "@/lib/data/orders"
import { getOrderReturns } from "@/lib/data/returns"
import { intlLocale } from "@/lib/util/money"
import { addressToInput, countryName } from "@/modules/common/lib/address"
import { ui } from "@/modules/common/lib/ui"
import OrderDetails from "@/modules/common/components/order-details"
import AccountNav from "../components/account-nav"
import AddressBook from "../components/address-book"
import LoginForm from "../components/login-form"
import OrderList from "../components/order-list"
import OrderReturns from "../components/order-returns"
import RegisterForm from "../components/register-form"

async function requireCustomer(locale: string, here: string): Promise<StoreCustomer> {
  const customer = await getCustomer()
  if (!customer) {
    redirect({ href: { pathname: "/account/login", query: { next: here } }, locale })
  }
  return customer!
}

function safeNext(next: string | undefined): string | undefined {
  return next && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : undefined
}

export async function LoginTemplate({
  locale,
  next,
  passwordChanged = false,
}: {
  locale: string
  next?: string
  passwordChanged?: boolean
}) {
  if (await getCustomer()) redirect({ href: safeNext(next) ?? "/account", locale })
  const t = await getTranslations({ locale, namespace: "account.login" })
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-4xl">{t("title")}</h1>
      <p className={`mt-2 ${ui.muted}`}>{t("intro")}</p>
      {passwordChanged && (
        <p role="status" className={`mt-6 ${ui.notice}`} data-testid="password-changed">
          {t("passwordChanged")}
        </p>
      )}
      <div className="mt-8">
        <LoginForm next={safeNext(next)} />
      </div>
      <p className="mt-4">
        <Link href="/account/forgot-password" className={ui.link}>
          {t("forgot")}
        </Link>
      </p>
      <p className="mt-8">
        {t("noAccount")}{" "}
        <Link href={next ? { pathname: "/account/register", query: { next } } : "/account/register"} className={ui.link}>
          {t("register")}
        </Link>
      </p>
    </div>
  )
}

export async function RegisterTemplate({ locale, next }: { locale: string; next?: string }) {
  if (await getCustomer()) redirect({ href: safeNext(next) ?? "/account", locale })
  const t = await getTranslations({ locale, namespace: "account.register" })
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-4xl">{t("title")}</h1>
      <p className={`mt-2 ${ui.muted}`}>{t("intro")}</p>
      <div className="mt-8">
        <RegisterForm next={safeNext(next)} />
      </div>
      <p className="mt-8">
        {t("haveAccount")}{" "}
        <Link href={next ? { pathname: "/account/login", query: { next } } : "/account/login"} className={ui.link}>
          {t("login")}
        </Link>
      </p>
    </div>
  )
}

export async function OverviewTemplate({ locale }: { locale: string }) {
  const customer = await requireCustomer(locale, "/account")
  const t = await getTranslations({ locale, namespace: "account" })
  const orders = await listOrders(3)
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="font-serif text-4xl">{t("hello", { name: customer.first_name || customer.email })}</h1>
      <p className={`mt-2 wrap-anywhere ${ui.muted}`}>{t("signedInAs", { email: customer.email })}</p>
      <div className="mt-6">
        <AccountNav locale={locale} current="overview" />
      </div>
      <section aria-labelledby="recent-orders" className="mt-8 grid gap-4">
        <h2 id="recent-orders" className="font-serif text-2xl">
          {t("recentOrders")}
        </h2>
        <OrderList orders={orders?.orders ?? []} locale={locale} />
        {(orders?.count ?? 0) > 3 && (
          <Link href="/account/orders" className={ui.link}>
            {t("allOrders")}
          </Link>
        )}
      </section>
    </div>
  )
}

export async function OrdersTemplate({ locale }: { locale: string }) {
  await requireCustomer(locale, "/account/orders")
  const t = await getTranslations({ locale, namespace: "account" })
  const orders = await listOrders(50)
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="font-serif text-4xl">{t("ordersPage.title")}</h1>
      <div className="mt-6">
        <AccountNav locale={locale} current="orders" />
      </div>
      <div className="mt-8">
        <OrderList orders={orders?.orders ?? []} locale={locale} />
      </div>
    </div>
  )
}

export async function OrderTemplate({ locale, id }: { locale: string; id: string }) {
  const customer = await requireCustomer(locale, `/account/orders/${id}`)
  const order = await retrieveOrder(id)
  if (!order) notFound()
  // Returns are asked for from the account that placed the order (a guest order shown by its cookie has none).
  const ownOrder = !!order.customer_id && order.customer_id === customer.id
  const returns = ownOrder ? await getOrderReturns(order.id) : null
  const t = await getTranslations({ locale, namespace: "account" })
  const tOrder = await getTranslations({ locale, namespace: "order" })
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long" })
  const status = tOrder.has(`statuses.${order.status}`) ? tOrder(`statuses.${order.status}`) : order.status
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <Link href="/account/orders" className={ui.link}>
        ← {t("ordersPage.back")}
      </Link>
      <h1 className="mt-4 font-serif text-4xl">{tOrder("number", { number: order.display_id ?? order.id })}</h1>
      <p className={`mt-2 ${ui.muted}`}>
        {tOrder("placed", { date: date.format(new Date(order.created_at as unknown as string)) })} · {tOrder("status")}: {status}
      </p>
      <div className="mt-8">
        <OrderDetails order={order as HttpTypes.StoreOrder} locale={locale} />
      </div>
      {ownOrder && (
        <div className="mt-10">
          <OrderReturns orderId={order.id} data={returns} locale={locale} />
        </div>
      )}
    </div>
  )
}

export async function AddressesTemplate({ locale }: { locale: string }) {
  const customer = await requireCustomer(locale, "/account/addresses")
  const t = await getTranslations({ locale, namespace: "account" })
  const countries = ["us", "mx"].map((code) => ({ code, name: countryName(code, locale) }))
  const addresses = (customer.addresses ?? []).map((address) => ({
    id: address.id,
    label: [address.address_1, address.city].filter(Boolean).join(", "),
    address: addressToInput(address)!,
  }))
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 id="addresses-title" tabIndex={-1} className="font-serif text-4xl focus:outline-none">
        {t("addressesPage.title")}
      </h1>
      <div className="mt-6">
        <AccountNav locale={locale} current="addresses" />
      </div>
      <div className="mt-8">
        <AddressBook addresses={addresses} countries={countries} />
      </div>
    </div>
  )
}
