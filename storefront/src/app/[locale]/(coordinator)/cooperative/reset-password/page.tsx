import type { Metadata } from "next"
import { queryValue } from "@/lib/util/reset-link"
import { PortalResetPassword } from "@/modules/coordinator/templates/portal-password"
import { portalLocale } from "../../portal-route"

// The token is in this page's address: it must not leave in a Referer header.
export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" }

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}) {
  const query = await searchParams
  const token = queryValue(query.token)
  const email = queryValue(query.email).trim().toLowerCase()
  const locale = await portalLocale(params, "en", "resetPassword", { token, email })
  return <PortalResetPassword locale={locale} token={token} email={email} />
}
