import { InvitationForm } from "../components/portal-forms"
import type { PortalFormOutcome } from "../lib/portal-form"
import { portalWords } from "../render/words"

export function PortalInvitation({ locale, token, state }: { locale: string; token: string; state: PortalFormOutcome | null }) {
  const t = portalWords(locale, "portal.invitation")
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-ink">{t("title")}</h1>
      {token ? (
        <>
          <p className="text-lg text-ink/85">{t("intro")}</p>
          <InvitationForm locale={locale} token={token} state={state} />
        </>
      ) : (
        <p className="text-lg text-ink/85">{t("missingToken")}</p>
      )}
    </div>
  )
}
