import { portalPath } from "@/lib/util/portal"
import { PortalLoginForm } from "../components/portal-forms"
import type { PortalFormOutcome } from "../lib/portal-form"
import { portalLink } from "../lib/portal-ui"
import { portalWords } from "../render/words"

type Props = { locale: string; passwordChanged?: boolean; state: PortalFormOutcome | null }

export function PortalLogin({ locale, passwordChanged = false, state }: Props) {
  const t = portalWords(locale, "portal.login")
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      {passwordChanged ? (
        <p role="status" className="rounded-lg bg-jade/15 px-4 py-3 text-lg font-semibold text-ink" data-testid="portal-password-changed">
          {t("passwordChanged")}
        </p>
      ) : null}
      <p className="text-lg text-ink/85">{t("intro")}</p>
      <PortalLoginForm locale={locale} state={state} />
      <a href={portalPath(locale, "forgotPassword")} className={portalLink}>
        {t("forgot")}
      </a>
    </div>
  )
}
