import { PortalLogin } from "@/modules/coordinator/templates/portal-login"
import { portalLocale } from "../../portal-route"

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return <PortalLogin locale={await portalLocale(params, "en", "login")} />
}
