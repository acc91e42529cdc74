import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { MailTemplateData } from "../../modules/smtp-notification/templates"
import { mailLocale } from "../../modules/smtp-notification/templates"
import { coordinatorPortalUrl } from "../coordinator/portal-url"
import { loadOrderSummary, type OrderSummary } from "./order-summary"
import { EMAIL_CHANNEL, type MailToSend, sendMailsOnce } from "./send"

const TRIGGER = "order.placed"

/** The shopper's confirmation, in the language they shopped in (the cart's locale, copied to the order); English if none. */
function shopperMail(order: OrderSummary): MailToSend | null {
  if (!order.email) return null
  const data: MailTemplateData<"order-confirmation"> = {
    locale: mailLocale(order.locale, "en"),
    order_number: order.number,
    customer_name: order.ship_to?.first_name ?? null,
    currency_code: order.currency,
    parcels: order.parts.map((part) => ({
      cooperative_name: part.cooperative?.name ?? null,
      lines: part.lines,
      shipping: part.shipping,
    })),
    ship_to: order.ship_to,
    totals: order.totals,
    cooperative_shares: order.parts.flatMap((part) =>
      part.cooperative && part.share ? [{ cooperative_name: part.cooperative.name, ...part.share }] : []
    ),
  }
  return {
    to: order.email,
    channel: EMAIL_CHANNEL,
    template: "order-confirmation",
    data,
    trigger_type: TRIGGER,
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: `order-placed:${order.id}:shopper`,
  }
}

/** "A piece sold" to every active coordinator of each cooperative in the order, with that cooperative's lines only. */
async function coordinatorMails(container: MedusaContainer, order: OrderSummary): Promise<MailToSend[]> {
  const parts = order.parts.filter((part) => part.cooperative)
  if (!parts.length || !order.ship_to) return []
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  // Active = the invitation was accepted; invited and disabled coordinators get no order mail.
  const coordinators = await service.listCoordinators(
    { cooperative_id: parts.map((part) => part.cooperative!.id), status: "active" },
    { select: ["id", "name", "email", "preferred_language", "cooperative_id"] }
  )
  return coordinators.flatMap((coordinator): MailToSend[] => {
    const part = parts.find((candidate) => candidate.cooperative!.id === (coordinator as { cooperative_id?: string }).cooperative_id)
    if (!part || !order.ship_to) return []
    const locale = mailLocale(coordinator.preferred_language)
    const data: MailTemplateData<"piece-sold"> = {
      locale,
      coordinator_name: coordinator.name,
      cooperative_name: part.cooperative!.name,
      order_number: order.number,
      lines: part.lines.map(({ title, variant, quantity }) => ({ title, variant, quantity })),
      shipping: part.shipping ? { speed: part.shipping.speed, name: part.shipping.name } : null,
      ship_to: order.ship_to,
      portal_url: coordinatorPortalUrl(locale, "home"),
    }
    return [
      {
        to: coordinator.email,
        channel: EMAIL_CHANNEL,
        template: "piece-sold",
        data,
        trigger_type: TRIGGER,
        resource_id: order.id,
        resource_type: "order",
        receiver_id: coordinator.id,
        idempotency_key: `order-placed:${order.id}:coordinator:${coordinator.id}`,
      },
    ]
  })
}

/** The mails a new order sends: the shopper's confirmation and each cooperative's "piece sold". */
export async function orderPlacedMails(container: MedusaContainer, orderId: string): Promise<MailToSend[]> {
  const order = await loadOrderSummary(container, orderId)
  const shopper = shopperMail(order)
  return [...(shopper ? [shopper] : []), ...(await coordinatorMails(container, order))]
}

/** Sends them; a replayed event, or a second worker on the same event, sends nothing twice (idempotency keys). */
export async function sendOrderPlacedMails(container: MedusaContainer, orderId: string): Promise<void> {
  await sendMailsOnce(container, await orderPlacedMails(container, orderId))
}
