import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { resetLinkState } from "@/lib/util/reset-link"
import { ui } from "@/modules/common/lib/ui"
import ForgotPasswordForm from "../components/forgot-password-form"
import ResetPasswordForm from "../components/reset-password-form"

export async function ForgotPasswordTemplate({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "account.forgot" })
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-4xl">{t("title")}</h1>
      <p className={`mt-2 ${ui.muted}`}>{t("intro")}</p>
      <div className="mt-8">
        <ForgotPasswordForm />
      </div>
      <p className="mt-8">
        <Link href="/account/login" className={ui.link}>
          {t("back")}
        </Link>
      </p>
    </div>
  )
}

export async function ResetPasswordTemplate({ locale, token, email }: { locale: string; token: string; email: string }) {
  const t = await getTranslations({ locale, namespace: "account.reset" })
  const link = resetLinkState(token)
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-4xl">{t("title")}</h1>
      {link === "usable" ? (
        <>
          {email && <p className={`mt-2 wrap-anywhere ${ui.muted}`}>{t("intro", { email })}</p>}
          <div className="mt-8">
            <ResetPasswordForm token={token} email={email} />
          </div>
        </>
      ) : (
        <div className={`mt-6 ${ui.alert}`} data-testid="reset-link-invalid">
          <p>{link === "missing" ? t("missing") : t("invalid")}</p>
          <p className="mt-2">
            <Link href="/account/forgot-password" className={ui.link}>
              {t("askAgain")}
            </Link>
          </p>
        </div>
      )}
    </div>
  )
}
