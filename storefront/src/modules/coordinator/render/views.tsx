import type { CoordinatorProfile, ProductRequest } from "@telar/types"
import type {
  PortalOrders as PortalOrdersData,
  PortalPayments as PortalPaymentsData,
  PortalRequests as PortalRequestsData,
} from "@/lib/data/coordinator-pages"
import type { ShelfProps } from "../components/shelf"
import type { PortalFormOutcome } from "../lib/portal-form"
import { PortalHome } from "../templates/portal-home"
import { PortalInvitation } from "../templates/portal-invitation"
import { PortalLogin } from "../templates/portal-login"
import { PortalOrders } from "../templates/portal-orders"
import { PortalForgotPassword, PortalResetPassword } from "../templates/portal-password"
import { PortalPayments } from "../templates/portal-payments"
import { PortalRequests } from "../templates/portal-requests"
import { PortalRequestsNew } from "../templates/portal-requests-new"
import { type PortalAssets, PortalDocument } from "./document"
import { ISLAND_WORDS } from "./islands"
import { portalWords } from "./words"

/** What each portal page renders from the props ../server/pages loaded for it. */

type Base = { locale: "es" | "en"; assets: PortalAssets }
type State = { state: PortalFormOutcome | null }

const title = (locale: string, key: string) => portalWords(locale, "portal")(key)

export const views = {
  home: ({ locale, assets, me, shelf }: Base & { me: CoordinatorProfile; shelf: ShelfProps }) => (
    <PortalDocument locale={locale} assets={assets} title={me.cooperative.name} words={ISLAND_WORDS.shelf}>
      <PortalHome locale={locale} me={me} shelf={shelf} />
    </PortalDocument>
  ),
  login: ({ locale, assets, state, passwordChanged }: Base & State & { passwordChanged: boolean }) => (
    <PortalDocument locale={locale} assets={assets} title={title(locale, "login.title")} forget>
      <PortalLogin locale={locale} state={state} passwordChanged={passwordChanged} />
    </PortalDocument>
  ),
  invitation: ({ locale, assets, state, token }: Base & State & { token: string }) => (
    <PortalDocument locale={locale} assets={assets} title={title(locale, "invitation.title")} noindex forget>
      <PortalInvitation locale={locale} token={token} state={state} />
    </PortalDocument>
  ),
  forgotPassword: ({ locale, assets, state }: Base & State) => (
    <PortalDocument locale={locale} assets={assets} title={title(locale, "forgot.title")} noindex forget>
      <PortalForgotPassword locale={locale} state={state} />
    </PortalDocument>
  ),
  resetPassword: ({ locale, assets, state, token, email }: Base & State & { token: string; email: string }) => (
    <PortalDocument locale={locale} assets={assets} title={title(locale, "reset.title")} noindex sameOriginReferrer forget>
      <PortalResetPassword locale={locale} token={token} email={email} state={state} />
    </PortalDocument>
  ),
  orders: ({ locale, assets, portal }: Base & { portal: PortalOrdersData }) => (
    <PortalDocument locale={locale} assets={assets} title={title(locale, "orders.title")} words={ISLAND_WORDS.parcel}>
      <PortalOrders locale={locale} portal={portal} />
    </PortalDocument>
  ),
  requests: ({ locale, assets, portal, sent }: Base & { portal: PortalRequestsData; sent: boolean }) => (
    <PortalDocument locale={locale} assets={assets} title={title(locale, "requests.title")}>
      <PortalRequests locale={locale} portal={portal} sent={sent} />
    </PortalDocument>
  ),
  newRequest: ({
    locale,
    assets,
    loaded,
    from,
  }: Base & { loaded: { me: CoordinatorProfile; request: ProductRequest | null }; from: string }) => (
    <PortalDocument
      locale={locale}
      assets={assets}
      title={title(locale, from ? "requestForm.titleChange" : "requestForm.titleNew")}
      words={ISLAND_WORDS["request-form"]}
    >
      <PortalRequestsNew locale={locale} loaded={loaded} from={from || undefined} />
    </PortalDocument>
  ),
  payments: ({
    locale,
    assets,
    portal,
    statementProblem,
  }: Base & { portal: PortalPaymentsData; statementProblem: "failed" | "unreachable" | null }) => (
    <PortalDocument locale={locale} assets={assets} title={title(locale, "payments.title")}>
      <PortalPayments locale={locale} portal={portal} statementProblem={statementProblem ?? undefined} />
    </PortalDocument>
  ),
}

export type PortalViews = typeof views
export type ViewProps<K extends keyof PortalViews> = Parameters<PortalViews[K]>[0]
