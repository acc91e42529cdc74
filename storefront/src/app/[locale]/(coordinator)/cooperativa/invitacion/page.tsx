import { PortalInvitation } from "@/modules/coordinator/templates/portal-invitation"
import { portalLocale } from "../../portal-route"

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string }>
}) {
  const locale = await portalLocale(params, "es", "invitation")
  const { token } = await searchParams
  return <PortalInvitation locale={locale} token={typeof token === "string" ? token : ""} />
}
