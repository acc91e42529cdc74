import { getTranslations, setRequestLocale } from "next-intl/server"

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("common")
  return (
    <main className="mx-auto max-w-5xl p-8">
      <h1 className="font-serif text-4xl">{t("siteName")}</h1>
      <p>{t("tagline")}</p>
    </main>
  )
}
