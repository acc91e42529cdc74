import { PortalHome } from "@/modules/coordinator/templates/portal-home"
import { portalLocale } from "../portal-route"

export const dynamic = "force-dynamic"

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return <PortalHome locale={await portalLocale(params, "en", "home")} />
}
