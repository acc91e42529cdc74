import { Footer } from "@/modules/layout/templates/footer"
import { Header } from "@/modules/layout/templates/header"

/** The shop's frame: header, main content, footer. The coordinators' portal has its own. */
export default async function ShopLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return (
    <>
      <Header locale={locale} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <Footer locale={locale} />
    </>
  )
}
