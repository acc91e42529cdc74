import { z } from "@medusajs/framework/zod"
import { currencyCode, formatMoney, minorUnits } from "./format"
import { emailPage, html } from "./html"
import { addressBlock, addressLines, pieceLines, pieceList, postalAddress, SHOPPER_WORDS } from "./order-parts"
import { defineMailTemplate, type MailLocale } from "./types"

const schema = z.object({
  order_number: z.union([z.number().int(), z.string().trim().min(1)]).transform(String),
  /** Medusa's return number, for the shopper to write on the parcel. */
  return_number: z.union([z.number().int(), z.string().trim().min(1)]).transform(String),
  customer_name: z.string().trim().nullish(),
  cooperative_name: z.string().trim().min(1),
  /** The pieces of this return only (one cooperative's). */
  lines: z
    .array(z.object({ title: z.string().trim().min(1), variant: z.string().trim().nullish(), quantity: z.number().int().positive() }))
    .min(1),
  /** The cooperative's workshop: its stock location's address. */
  return_to: postalAddress,
  /** What goes back to the card once every piece has arrived. */
  refund: z.object({ amount: minorUnits, currency_code: currencyCode }).nullish(),
})

type Data = z.output<typeof schema>

const words = {
  en: {
    subject: (cooperative: string, number: string) => `How to send your pieces back to ${cooperative} (order #${number})`,
    ...SHOPPER_WORDS.en,
    intro: (number: string, cooperative: string) =>
      `We have your return request for order #${number}. Please send these pieces back to ${cooperative}, the cooperative that made them:`,
    sendTo: "Send them to",
    howTo: (returnNumber: string) =>
      `Pack them well, write "Return ${returnNumber}" on a note inside the parcel, and keep the carrier's tracking number until the cooperative has the parcel.`,
    refund: (amount: string) =>
      `When the cooperative receives the pieces, we give ${amount} back to your card, and each piece goes back on sale.`,
    refundLater:
      "When the cooperative receives the pieces, we give what you paid for them back to your card, and each piece goes back on sale.",
  },
  es: {
    subject: (cooperative: string, number: string) => `Cómo devolver tus piezas a ${cooperative} (pedido #${number})`,
    ...SHOPPER_WORDS.es,
    intro: (number: string, cooperative: string) =>
      `Recibimos tu solicitud de devolución del pedido #${number}. Envía estas piezas de vuelta a ${cooperative}, la cooperativa que las hizo:`,
    sendTo: "Envíalas a",
    howTo: (returnNumber: string) =>
      `Empácalas bien, pon dentro del paquete una nota que diga «Devolución ${returnNumber}» y guarda el número de guía de la paquetería hasta que la cooperativa reciba el paquete.`,
    refund: (amount: string) =>
      `Cuando la cooperativa reciba las piezas, te devolvemos ${amount} a tu tarjeta y cada pieza vuelve a estar a la venta.`,
    refundLater:
      "Cuando la cooperativa reciba las piezas, te devolvemos a tu tarjeta lo que pagaste por ellas y cada pieza vuelve a estar a la venta.",
  },
}

/** Everything the mail says, once, for the text and the HTML part alike. */
function compose(data: Data, locale: MailLocale) {
  const t = words[locale]
  return {
    t,
    lines: pieceLines(data.lines),
    address: addressLines(data.return_to, locale, t.phone),
    refund:
      data.refund && data.refund.amount > 0 ? t.refund(formatMoney(data.refund.amount, data.refund.currency_code, locale)) : t.refundLater,
  }
}

function renderText(data: Data, locale: MailLocale): string {
  const { t, lines, address, refund } = compose(data, locale)
  return [
    t.greeting(data.customer_name),
    "",
    t.intro(data.order_number, data.cooperative_name),
    ...lines.map((line) => `  ${line}`),
    "",
    t.sendTo,
    ...address.map((part) => `  ${part}`),
    "",
    t.howTo(data.return_number),
    "",
    refund,
    "",
    t.thanks,
  ].join("\n")
}

function renderHtml(data: Data, locale: MailLocale, subject: string): string {
  const { t, lines, address, refund } = compose(data, locale)
  const body = html`<p>${t.greeting(data.customer_name)}</p>
<p>${t.intro(data.order_number, data.cooperative_name)}</p>
${pieceList(lines)}
${addressBlock(t.sendTo, address)}
<p style="margin-top:20px">${t.howTo(data.return_number)}</p>
<p>${refund}</p>
<p style="margin-top:24px">${t.thanks}</p>`
  return emailPage(locale, subject, body)
}

/** To the shopper, in the language they shopped in, when a return of theirs is opened: what to send, where, and what comes back. */
export const returnInstructions = defineMailTemplate("return-instructions", schema, (data, locale) => {
  const subject = words[locale].subject(data.cooperative_name, data.order_number)
  return { subject, text: renderText(data, locale), html: renderHtml(data, locale, subject) }
})
