import { z } from "@medusajs/framework/zod"
import { httpUrl } from "./format"
import { button, emailPage, html } from "./html"
import { addressLines, lineBreaks, pieceLines, pieceList, postalAddress, shippingName, shippingSpeed } from "./order-parts"
import { defineMailTemplate } from "./types"
import { MAIL_WORDS } from "./words"

const schema = z.object({
  coordinator_name: z.string().trim().min(1),
  cooperative_name: z.string().trim().min(1),
  order_number: z.union([z.number().int(), z.string().trim().min(1)]).transform(String),
  /** This cooperative's lines only: another cooperative's pieces are none of its business. */
  lines: z
    .array(z.object({ title: z.string().trim().min(1), variant: z.string().trim().nullish(), quantity: z.number().int().positive() }))
    .min(1),
  shipping: z.object({ speed: shippingSpeed, name: z.string().nullish() }).nullable(),
  ship_to: postalAddress,
  portal_url: httpUrl,
})

// Short sentences and plain words: many coordinators read Spanish as a second language.
const words = {
  es: {
    subject: (count: number, cooperative: string, number: string) =>
      `${count === 1 ? "Se vendió 1 pieza" : `Se vendieron ${count} piezas`} de ${cooperative} (pedido #${number})`,
    ...MAIL_WORDS.es,
    intro: (cooperative: string, number: string) => `Alguien compró en Telar estas piezas de ${cooperative}. Es el pedido #${number}.`,
    shipping: (way: string) => `Forma de envío que eligió: ${way}.`,
    shipTo: "Prepara el paquete y envíalo a esta dirección:",
    portal: "Abre el portal de tu cooperativa:",
    button: "Abrir el portal",
  },
  en: {
    subject: (count: number, cooperative: string, number: string) =>
      `${count === 1 ? "1 piece" : `${count} pieces`} from ${cooperative} sold (order #${number})`,
    ...MAIL_WORDS.en,
    intro: (cooperative: string, number: string) => `Someone bought these pieces from ${cooperative} on Telar. It is order #${number}.`,
    shipping: (way: string) => `Shipping the shopper chose: ${way}.`,
    shipTo: "Pack the parcel and send it to this address:",
    portal: "Open your cooperative's portal:",
    button: "Open the portal",
  },
}

/** To each active coordinator of a cooperative with pieces in a new order, in the coordinator's language. */
export const pieceSold = defineMailTemplate("piece-sold", schema, (data, locale) => {
  const t = words[locale]
  const count = data.lines.reduce((sum, line) => sum + line.quantity, 0)
  const subject = t.subject(count, data.cooperative_name, data.order_number)
  const lines = pieceLines(data.lines)
  const way = data.shipping ? t.shipping(shippingName(data.shipping.speed, data.shipping.name, locale)) : null
  const address = addressLines(data.ship_to, locale, t.phone)
  const text = [
    t.greeting(data.coordinator_name),
    "",
    t.intro(data.cooperative_name, data.order_number),
    "",
    ...lines.map((line) => `  ${line}`),
    "",
    ...(way ? [way, ""] : []),
    t.shipTo,
    ...address.map((part) => `  ${part}`),
    "",
    t.portal,
    data.portal_url,
  ].join("\n")
  const body = html`<p>${t.greeting(data.coordinator_name)}</p>
<p>${t.intro(data.cooperative_name, data.order_number)}</p>
${pieceList(lines)}
${way ? html`<p>${way}</p>` : ""}
<p>${t.shipTo}</p>
<p style="margin:0 0 0 12px;padding:8px 12px;border-left:3px solid #7a2e1f">${lineBreaks(address)}</p>
<p style="margin-top:24px">${t.portal}</p>
${button(data.portal_url, t.button)}`
  return { subject, text, html: emailPage(locale, subject, body) }
})
