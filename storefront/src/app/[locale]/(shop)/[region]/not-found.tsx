import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { PageMessage, pageMessageButton } from "@/modules/common/components/page-message"

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()])
  return (
    <PageMessage eyebrow="404" title={t("title")} body={t("body")}>
      <Link href={`/${locale}/store`} className={pageMessageButton.solid}>
        {t("shop")}
      </Link>
      <Link href={`/${locale}`} className={pageMessageButton.outline}>
        {t("home")}
      </Link>
    </PageMessage>
  )
}
