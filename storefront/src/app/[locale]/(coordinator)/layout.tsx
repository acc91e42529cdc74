import { PortalFrame } from "@/modules/coordinator/templates/portal-frame"

/** The coordinators' portal: its own frame, no shop header or footer. */
export default async function CoordinatorLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return <PortalFrame locale={locale}>{children}</PortalFrame>
}
