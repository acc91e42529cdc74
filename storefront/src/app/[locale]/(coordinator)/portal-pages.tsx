import type { Metadata } from "next"
import { queryValue } from "@/lib/util/reset-link"
import { PortalHome } from "@/modules/coordinator/templates/portal-home"
import { PortalInvitation } from "@/modules/coordinator/templates/portal-invitation"
import { PortalLogin } from "@/modules/coordinator/templates/portal-login"
import { PortalOrders } from "@/modules/coordinator/templates/portal-orders"
import { PortalForgotPassword, PortalResetPassword } from "@/modules/coordinator/templates/portal-password"
import { PortalPayments } from "@/modules/coordinator/templates/portal-payments"
import { PortalRequests } from "@/modules/coordinator/templates/portal-requests"
import { PortalRequestsNew } from "@/modules/coordinator/templates/portal-requests-new"
import { portalLocale } from "./portal-route"

// Each portal page has one address per language (/es/cooperativa/…, /en/cooperative/…): the route
// files of both spellings render the same page, written here once, for their language.

type Language = "es" | "en"
export type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function homePage(language: Language, { params }: PageProps) {
  return <PortalHome locale={await portalLocale(params, language, "home")} />
}

export async function loginPage(language: Language, { params, searchParams }: PageProps) {
  const locale = await portalLocale(params, language, "login")
  return <PortalLogin locale={locale} passwordChanged={queryValue((await searchParams).reset) === "done"} />
}

export async function invitationPage(language: Language, { params, searchParams }: PageProps) {
  const locale = await portalLocale(params, language, "invitation")
  return <PortalInvitation locale={locale} token={queryValue((await searchParams).token)} />
}

export async function forgotPasswordPage(language: Language, { params }: PageProps) {
  return <PortalForgotPassword locale={await portalLocale(params, language, "forgotPassword")} />
}

export async function resetPasswordPage(language: Language, { params, searchParams }: PageProps) {
  const query = await searchParams
  const token = queryValue(query.token)
  const email = queryValue(query.email).trim().toLowerCase()
  const locale = await portalLocale(params, language, "resetPassword", { token, email })
  return <PortalResetPassword locale={locale} token={token} email={email} />
}

export async function ordersPage(language: Language, { params }: PageProps) {
  return <PortalOrders locale={await portalLocale(params, language, "orders")} />
}

export async function paymentsPage(language: Language, { params, searchParams }: PageProps) {
  const locale = await portalLocale(params, language, "payments")
  // Set by the statement's address when it could not bring the statement.
  const problem = queryValue((await searchParams).statement)
  return <PortalPayments locale={locale} statementProblem={problem === "failed" || problem === "unreachable" ? problem : undefined} />
}

export async function requestsPage(language: Language, { params, searchParams }: PageProps) {
  const locale = await portalLocale(params, language, "requests")
  return <PortalRequests locale={locale} sent={queryValue((await searchParams).sent) === "1"} />
}

export async function newRequestPage(language: Language, { params, searchParams }: PageProps) {
  const from = queryValue((await searchParams).from) || undefined
  // A returned proposal's id survives the switch to the other language's address.
  const locale = await portalLocale(params, language, "newRequest", from ? { from } : undefined)
  return <PortalRequestsNew locale={locale} from={from} />
}

/** Pages reached by a mailed link or about passwords: kept out of search engines. */
export const privateMetadata: Metadata = { robots: { index: false } }
/** The token is in the reset page's address: it must not leave in a Referer header. */
export const resetMetadata: Metadata = { robots: { index: false }, referrer: "no-referrer" }
