import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { type MailTemplateData, mailLocale } from "../../modules/smtp-notification/templates"
import { EMAIL_CHANNEL, type MailToSend, sendMailsOnce } from "../notifications/send"
import { returnAddresses } from "./order-returns"
import { loadReturnOrder } from "./return-order"
import { expectedRefunds, loadOrderReturnMoney } from "./settlements"

export type ReturnEvent = { order_id: string; return_id: string }

/**
 * The shopper's return instructions for one return, in the order's language (English if none):
 * its pieces, the cooperative's workshop to send them to, the return number and what comes back.
 * Null when there is nobody to write to, the return is cancelled or a staff draft, or it has no
 * address to send to.
 */
export async function returnInstructionsMail(container: MedusaContainer, event: ReturnEvent): Promise<MailToSend | null> {
  const order = await loadReturnOrder(container, event.order_id)
  const money = await loadOrderReturnMoney(container, event.order_id)
  const ret = money.returns.find((candidate) => candidate.id === event.return_id)
  if (!order.email || !ret || ret.status === "canceled" || ret.status === "open") return null
  const address = ret.location_id ? (await returnAddresses(container, [ret.location_id])).get(ret.location_id) : undefined
  if (!address?.address_1 || !address.country_code) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Return ${ret.id} of order ${order.id}: its stock location has no address, so no return instructions were sent.`)
    return null
  }
  const lines = new Map(order.lines.map((line) => [line.id, line]))
  const cooperative = order.lines.find((line) => line.location_id === ret.location_id)?.cooperative
  const data: MailTemplateData<"return-instructions"> = {
    locale: mailLocale(order.locale, "en"),
    order_number: String(order.display_id ?? order.id),
    return_number: String(ret.display_id ?? ret.id),
    customer_name: order.customer_name,
    cooperative_name: cooperative?.name ?? address.name,
    lines: ret.items.map((item) => ({
      title: lines.get(item.line_item_id)?.title ?? item.line_item_id,
      variant: lines.get(item.line_item_id)?.variant ?? null,
      quantity: item.quantity,
    })),
    return_to: {
      first_name: null,
      last_name: null,
      company: address.name || cooperative?.name || null,
      address_1: address.address_1,
      address_2: address.address_2,
      city: address.city,
      province: address.province,
      postal_code: address.postal_code,
      country_code: address.country_code,
      phone: address.phone,
    },
    refund: { amount: expectedRefunds(money).get(ret.id) ?? 0, currency_code: money.currency_code },
  }
  return {
    to: order.email,
    channel: EMAIL_CHANNEL,
    template: "return-instructions",
    data,
    trigger_type: OrderWorkflowEvents.RETURN_REQUESTED,
    resource_id: ret.id,
    resource_type: "return",
    // One mail per return, however often the event comes.
    idempotency_key: `return-instructions:${ret.id}`,
  }
}

/** Sends it at most once per return. */
export async function sendReturnInstructionsMail(container: MedusaContainer, event: ReturnEvent): Promise<void> {
  const mail = await returnInstructionsMail(container, event)
  if (mail) await sendMailsOnce(container, [mail])
}
