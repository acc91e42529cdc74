import { PortalLogin } from "@/modules/coordinator/templates/portal-login"
import { portalLocale } from "../../portal-route"

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ reset?: string }>
}) {
  const locale = await portalLocale(params, "en", "login")
  return <PortalLogin locale={locale} passwordChanged={(await searchParams).reset === "done"} />
}
