import { getTranslations } from "next-intl/server"

/** Shown whenever payments go to the local Stripe emulator instead of real Stripe. */
export default async function TestModeBanner({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "checkout.testMode" })
  const card = (chunks: React.ReactNode) => <strong className="whitespace-nowrap font-mono">{chunks}</strong>
  return (
    <div
      role="note"
      aria-labelledby="test-mode-title"
      data-testid="test-mode-banner"
      className="mt-6 rounded-md border-2 border-maize bg-maize/25 p-4 text-ink"
    >
      <p id="test-mode-title" className="font-bold uppercase tracking-wide">
        {t("title")}
      </p>
      <p className="mt-1">{t.rich("body", { card })}</p>
      <p className="mt-1 text-sm">{t.rich("more", { card })}</p>
    </div>
  )
}
