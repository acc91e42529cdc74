import type { Metadata } from "next"
import { PortalForgotPassword } from "@/modules/coordinator/templates/portal-password"
import { portalLocale } from "../../portal-route"

export const metadata: Metadata = { robots: { index: false } }

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return <PortalForgotPassword locale={await portalLocale(params, "en", "forgotPassword")} />
}
