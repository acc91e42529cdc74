import { NextIntlClientProvider } from "next-intl"
import { PortalFrame } from "@/modules/coordinator/templates/portal-frame"

/** The coordinators' portal: its own frame, no shop header or footer. */
export default async function CoordinatorLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  // The portal's forms word their messages in the browser (the shop's pages do not: see [locale]/layout).
  return (
    <NextIntlClientProvider>
      <PortalFrame locale={locale}>{children}</PortalFrame>
    </NextIntlClientProvider>
  )
}
