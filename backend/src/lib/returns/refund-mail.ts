import type { MedusaContainer } from "@medusajs/framework/types"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { type MailTemplateData, mailLocale } from "../../modules/smtp-notification/templates"
import { EMAIL_CHANNEL, type MailToSend, sendMailsOnce } from "../notifications/send"
import type { ReturnEvent } from "./instructions-mail"
import { loadReturnOrder } from "./return-order"
import { loadOrderReturnMoney, receivedByReturn } from "./settlements"

/**
 * One "refund sent" mail per refund Telar made to the card for this return's pieces (one per
 * parcel received), in the order's language (English if none). Built from the refunds themselves,
 * so a mail not sent before (a replay after the SMTP server refused it) goes out with the next event.
 */
export async function returnRefundMails(container: MedusaContainer, event: ReturnEvent): Promise<MailToSend[]> {
  const order = await loadReturnOrder(container, event.order_id)
  const money = await loadOrderReturnMoney(container, event.order_id)
  const ret = money.returns.find((candidate) => candidate.id === event.return_id)
  const refunds = money.refunds.filter((refund) => refund.return_id === event.return_id && refund.amount > 0)
  if (!order.email || !ret || !refunds.length) return []
  const lines = new Map(order.lines.map((line) => [line.id, line]))
  const cooperative = order.lines.find((line) => line.location_id && line.location_id === ret.location_id)?.cooperative ?? null
  const arrived = (await receivedByReturn(container, event.order_id)).get(ret.id) ?? {}
  const piecesToCome = ret.items.reduce((sum, item) => sum + Math.max(0, item.quantity - (arrived[item.line_item_id] ?? item.received)), 0)
  return refunds.flatMap((refund): MailToSend[] => {
    const pieces = Object.entries(refund.units).map(([lineId, quantity]) => ({
      title: lines.get(lineId)?.title ?? lineId,
      variant: lines.get(lineId)?.variant ?? null,
      quantity,
    }))
    if (!pieces.length) return []
    const data: MailTemplateData<"return-refunded"> = {
      locale: mailLocale(order.locale, "en"),
      order_number: String(order.display_id ?? order.id),
      return_number: String(ret.display_id ?? ret.id),
      customer_name: order.customer_name,
      cooperative_name: cooperative?.name ?? null,
      lines: pieces,
      refund: { amount: refund.amount, currency_code: money.currency_code },
      pieces_to_come: piecesToCome,
    }
    return [
      {
        to: order.email as string,
        channel: EMAIL_CHANNEL,
        template: "return-refunded",
        data,
        trigger_type: OrderWorkflowEvents.RETURN_RECEIVED,
        resource_id: ret.id,
        resource_type: "return",
        // One mail per refund, however often the event comes.
        idempotency_key: `return-refunded:${refund.id}`,
      },
    ]
  })
}

/** Sends each refund's mail at most once. */
export async function sendReturnRefundMails(container: MedusaContainer, event: ReturnEvent): Promise<void> {
  const mails = await returnRefundMails(container, event)
  if (mails.length) await sendMailsOnce(container, mails)
}
