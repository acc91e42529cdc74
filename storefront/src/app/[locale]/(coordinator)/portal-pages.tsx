import type { Metadata } from "next"
import { queryValue } from "@/lib/util/reset-link"
import { PortalHome } from "@/modules/coordinator/templates/portal-home"
import { PortalInvitation } from "@/modules/coordinator/templates/portal-invitation"
import { PortalLogin } from "@/modules/coordinator/templates/portal-login"
import { PortalForgotPassword, PortalResetPassword } from "@/modules/coordinator/templates/portal-password"
import { portalLocale } from "./portal-route"

// Each portal page has one address per language (/es/cooperativa/…, /en/cooperative/…): the route
// files of both spellings export the same page, made here for their language.

type Language = "es" | "en"
type Params = { params: Promise<{ locale: string }> }
type Query<K extends string> = { searchParams: Promise<Partial<Record<K, string | string[]>>> }

export const homePage = (language: Language) =>
  async function Page({ params }: Params) {
    return <PortalHome locale={await portalLocale(params, language, "home")} />
  }

export const loginPage = (language: Language) =>
  async function Page({ params, searchParams }: Params & Query<"reset">) {
    const locale = await portalLocale(params, language, "login")
    return <PortalLogin locale={locale} passwordChanged={queryValue((await searchParams).reset) === "done"} />
  }

export const invitationPage = (language: Language) =>
  async function Page({ params, searchParams }: Params & Query<"token">) {
    const locale = await portalLocale(params, language, "invitation")
    return <PortalInvitation locale={locale} token={queryValue((await searchParams).token)} />
  }

export const forgotPasswordPage = (language: Language) =>
  async function Page({ params }: Params) {
    return <PortalForgotPassword locale={await portalLocale(params, language, "forgotPassword")} />
  }

export const resetPasswordPage = (language: Language) =>
  async function Page({ params, searchParams }: Params & Query<"token" | "email">) {
    const query = await searchParams
    const token = queryValue(query.token)
    const email = queryValue(query.email).trim().toLowerCase()
    const locale = await portalLocale(params, language, "resetPassword", { token, email })
    return <PortalResetPassword locale={locale} token={token} email={email} />
  }

/** Pages reached by a mailed link or about passwords: kept out of search engines. */
export const privateMetadata: Metadata = { robots: { index: false } }
/** The token is in the reset page's address: it must not leave in a Referer header. */
export const resetMetadata: Metadata = { robots: { index: false }, referrer: "no-referrer" }
