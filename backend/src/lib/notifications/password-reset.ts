import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { type MailLocale, type MailTemplateData, mailLocale, renderMail } from "../../modules/smtp-notification/templates"
import { coordinatorPortalUrl } from "../coordinator/portal-url"
import { adminDashboardUrl, storefrontUrl } from "./links"
import { EMAIL_CHANNEL, type MailToSend, sendMailsOnce } from "./send"

/** What Medusa's generateResetPasswordTokenWorkflow emits as `auth.password_reset`. */
export type PasswordResetEvent = {
  /** The login's identifier: the email address. */
  entity_id: string
  actor_type: string
  /** A JWT (purpose "reset", one-time jti, 15 minutes) for POST /auth/{actor}/{provider}/update. */
  token: string
  /** The reset request's own metadata: Telar's pages send `locale`, the language they were read in. */
  metadata?: Record<string, unknown>
}

type Audience = MailTemplateData<"password-reset">["audience"]
type Recipient = { audience: Audience; locale: MailLocale; url: string; receiver_id: string }

/** The claims of Medusa's own token (issued, signed and verified by Medusa; here only read). */
function tokenClaims(token: string): { jti?: string; exp?: number; provider?: string } {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
  } catch {
    return {}
  }
}

/** A locale the reset request named, if it is one Telar writes in. */
function requestedLocale(metadata: PasswordResetEvent["metadata"]): MailLocale | null {
  const value = metadata?.locale
  return typeof value === "string" && /^(en|es)([-_]|$)/i.test(value.trim()) ? mailLocale(value) : null
}

/**
 * Customers have no language field: the language of the page they asked from, else one stored
 * in their metadata, else the language of their latest order, else English (the shop's default).
 */
async function customerLocale(
  container: MedusaContainer,
  customer: { id: string; metadata?: Record<string, unknown> | null },
  event: PasswordResetEvent
) {
  const asked = requestedLocale(event.metadata) ?? requestedLocale({ locale: customer.metadata?.locale })
  if (asked) return asked
  const [latest] = await container
    .resolve(Modules.ORDER)
    .listOrders({ customer_id: customer.id }, { select: ["id", "locale"], order: { created_at: "DESC" }, take: 1 })
  return mailLocale((latest as { locale?: string | null } | undefined)?.locale, "en")
}

/**
 * Who gets the link and where it opens. Only an actor the login really belongs to (its
 * app_metadata names the record), and for coordinators only an active one: an address with no such
 * account gets nothing, and Medusa's route answers 201 either way.
 */
async function recipientOf(container: MedusaContainer, event: PasswordResetEvent, provider: string): Promise<Recipient | null> {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: event.entity_id, provider }, { relations: ["auth_identity"] })
  const appMetadata = (identity?.auth_identity?.app_metadata ?? {}) as Record<string, unknown>
  const query = { token: event.token, email: event.entity_id }

  if (event.actor_type === "customer" && typeof appMetadata.customer_id === "string") {
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: appMetadata.customer_id, has_account: true })
    if (!customer) return null
    const locale = await customerLocale(container, customer, event)
    return { audience: "shopper", locale, url: storefrontUrl(`/${locale}/account/reset-password`, query), receiver_id: customer.id }
  }
  if (event.actor_type === "coordinator" && typeof appMetadata.coordinator_id === "string") {
    const [coordinator] = await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listCoordinators({ id: appMetadata.coordinator_id, status: "active" }, { select: ["id", "preferred_language"] })
    if (!coordinator) return null
    const locale = mailLocale(coordinator.preferred_language)
    return { audience: "coordinator", locale, url: coordinatorPortalUrl(locale, "resetPassword", query), receiver_id: coordinator.id }
  }
  if (event.actor_type === "user" && typeof appMetadata.user_id === "string") {
    // Medusa's dashboard has its own reset page; it reads the address from the token.
    const url = adminDashboardUrl("/reset-password", { token: event.token })
    if (!url) return null
    return { audience: "staff", locale: requestedLocale(event.metadata) ?? mailLocale(null), url, receiver_id: appMetadata.user_id }
  }
  return null
}

/** The reset mail for one auth.password_reset event, or null when nobody should get one. */
export async function passwordResetMail(container: MedusaContainer, event: PasswordResetEvent): Promise<MailToSend | null> {
  const claims = tokenClaims(event.token)
  if (!claims.jti || !claims.exp || !claims.provider) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn("auth.password_reset carried a token without jti, exp or provider: no mail sent.")
    return null
  }
  const recipient = await recipientOf(container, event, claims.provider)
  if (!recipient) return null
  const data: MailTemplateData<"password-reset"> = {
    locale: recipient.locale,
    audience: recipient.audience,
    reset_url: recipient.url,
    expires_at: new Date(claims.exp * 1000).toISOString(),
  }
  // Rendered here and sent as `content`: the notification row keeps no copy of the token.
  const { reset_url: _, ...record } = data
  return {
    to: event.entity_id,
    channel: EMAIL_CHANNEL,
    template: "password-reset",
    data: record,
    content: renderMail("password-reset", data),
    trigger_type: "auth.password_reset",
    resource_type: event.actor_type,
    receiver_id: recipient.receiver_id,
    // One mail per token, whatever replays the event.
    idempotency_key: `password-reset:${claims.jti}`,
  }
}

export async function sendPasswordResetMail(container: MedusaContainer, event: PasswordResetEvent): Promise<void> {
  const mail = await passwordResetMail(container, event)
  if (mail) await sendMailsOnce(container, [mail])
}
