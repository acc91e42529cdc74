import { NextIntlClientProvider } from "next-intl"

// Each of these pages reads the visitor's cookies: never cached, never rendered ahead.
export const dynamic = "force-dynamic"

/**
 * The visitor's own pages (account, cart, checkout, order): rendered per request, and their forms
 * word their messages in the browser, so only they carry the message catalogue and its formatter.
 */
export default function VisitorLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>
}
