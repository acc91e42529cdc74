import type { MedusaContainer } from "@medusajs/framework/types"
import { choicesText } from "@telar/types"
import { type MailTemplateData, mailLocale } from "../../modules/smtp-notification/templates"
import { EMAIL_CHANNEL, type MailToSend, sendMailsOnce } from "../notifications/send"
import { loadParcelOrder } from "./cooperative-parcels"
import { PARCEL_SHIPPED_EVENT, type ParcelShippedEvent } from "./parcel-shipped-event"

/** The shopper's "your parcel is on its way" for one cooperative's parcel, in the order's language (English if none). */
export async function parcelShippedMail(container: MedusaContainer, event: ParcelShippedEvent): Promise<MailToSend | null> {
  const order = await loadParcelOrder(container, event.order_id)
  const parcel = order.parcels.find((candidate) => candidate.cooperative?.id === event.cooperative_id)
  if (!order.email || !parcel?.cooperative) return null
  const data: MailTemplateData<"parcel-shipped"> = {
    locale: mailLocale(order.locale, "en"),
    order_number: String(order.display_id ?? order.id),
    customer_name: order.ship_to?.first_name ?? null,
    cooperative_name: parcel.cooperative.name,
    lines: parcel.items.map((item) => ({
      title: item.title,
      variant: choicesText(item.options),
      quantity: item.quantity,
    })),
    carrier: event.carrier,
    tracking_number: event.tracking_number,
    tracking_url: event.tracking_url,
    charged: event.charged,
    parcels_to_come: order.parcels.filter((candidate) => !candidate.shipped && candidate.cooperative?.id !== event.cooperative_id).length,
    ship_to: order.ship_to,
  }
  return {
    to: order.email,
    channel: EMAIL_CHANNEL,
    template: "parcel-shipped",
    data,
    trigger_type: PARCEL_SHIPPED_EVENT,
    resource_id: order.id,
    resource_type: "order",
    // One mail per parcel of an order, however often the event comes.
    idempotency_key: `parcel-shipped:${order.id}:${event.cooperative_id}`,
  }
}

/** Sends it at most once per order and cooperative. */
export async function sendParcelShippedMail(container: MedusaContainer, event: ParcelShippedEvent): Promise<void> {
  const mail = await parcelShippedMail(container, event)
  if (mail) await sendMailsOnce(container, [mail])
}
