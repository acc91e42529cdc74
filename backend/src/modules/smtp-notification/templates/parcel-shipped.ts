import { z } from "@medusajs/framework/zod"
import { currencyCode, formatMoney, httpUrl, minorUnits } from "./format"
import { emailPage, html } from "./html"
import { addressBlock, addressLines, lineBreaks, pieceLines, pieceList, postalAddress, SHOPPER_WORDS } from "./order-parts"
import { defineMailTemplate, type MailLocale } from "./types"

const schema = z.object({
  order_number: z.union([z.number().int(), z.string().trim().min(1)]).transform(String),
  customer_name: z.string().trim().nullish(),
  cooperative_name: z.string().trim().min(1),
  /** The pieces in this parcel only. */
  lines: z
    .array(z.object({ title: z.string().trim().min(1), variant: z.string().trim().nullish(), quantity: z.number().int().positive() }))
    .min(1),
  carrier: z.string().trim().min(1).nullish(),
  tracking_number: z.string().trim().min(1).nullish(),
  tracking_url: httpUrl.nullish(),
  /** What this shipment took from the card: this parcel's share, or the whole order when the card allows one charge only. */
  charged: z.object({ amount: minorUnits, currency_code: currencyCode, covers: z.enum(["parcels", "order"]) }).nullish(),
  /** Parcels of the order still to ship after this one. */
  parcels_to_come: z.number().int().min(0),
  ship_to: postalAddress.nullish(),
})

type Data = z.output<typeof schema>

const words = {
  en: {
    subject: (cooperative: string, number: string) => `Your pieces from ${cooperative} are on their way (order #${number})`,
    ...SHOPPER_WORDS.en,
    intro: (cooperative: string, number: string) => `${cooperative} has shipped its parcel of your order #${number}:`,
    carrier: (carrier: string) => `Carrier: ${carrier}`,
    tracking: (number: string) => `Tracking number: ${number}`,
    trackingLink: "Follow the parcel:",
    charged: (amount: string, covers: "parcels" | "order") =>
      covers === "parcels"
        ? `We have now charged ${amount} to your card for this parcel (its pieces and its shipping).`
        : `We have now charged ${amount} to your card: your whole order, as your card allows a single charge.`,
    toCome: (count: number) =>
      count === 1
        ? "Your other pieces travel in 1 more parcel, from its own cooperative; we will write when it ships."
        : `Your other pieces travel in ${count} more parcels, each from its own cooperative; we will write when each one ships.`,
    shipTo: "Shipping to",
  },
  es: {
    subject: (cooperative: string, number: string) => `Tus piezas de ${cooperative} van en camino (pedido #${number})`,
    ...SHOPPER_WORDS.es,
    intro: (cooperative: string, number: string) => `${cooperative} envió su paquete de tu pedido #${number}:`,
    carrier: (carrier: string) => `Paquetería: ${carrier}`,
    tracking: (number: string) => `Número de guía: ${number}`,
    trackingLink: "Sigue el paquete:",
    charged: (amount: string, covers: "parcels" | "order") =>
      covers === "parcels"
        ? `Ahora cobramos ${amount} a tu tarjeta por este paquete (sus piezas y su envío).`
        : `Ahora cobramos ${amount} a tu tarjeta: todo tu pedido, porque tu tarjeta permite un solo cobro.`,
    toCome: (count: number) =>
      count === 1
        ? "Tus otras piezas viajan en 1 paquete más, de su propia cooperativa; te escribiremos cuando salga."
        : `Tus otras piezas viajan en ${count} paquetes más, cada uno de su propia cooperativa; te escribiremos cuando salga cada uno.`,
    shipTo: "Se envía a",
  },
}

/** Everything the mail says, once, for the text and the HTML part alike. */
function compose(data: Data, locale: MailLocale) {
  const t = words[locale]
  return {
    t,
    lines: pieceLines(data.lines),
    travel: [data.carrier ? t.carrier(data.carrier) : null, data.tracking_number ? t.tracking(data.tracking_number) : null].filter(
      (part): part is string => !!part
    ),
    charged: data.charged ? t.charged(formatMoney(data.charged.amount, data.charged.currency_code, locale), data.charged.covers) : null,
    toCome: data.parcels_to_come > 0 ? t.toCome(data.parcels_to_come) : null,
    address: data.ship_to ? addressLines(data.ship_to, locale, t.phone) : [],
  }
}

function renderText(data: Data, locale: MailLocale): string {
  const { t, lines, travel, charged, toCome, address } = compose(data, locale)
  return [
    t.greeting(data.customer_name),
    "",
    t.intro(data.cooperative_name, data.order_number),
    ...lines.map((line) => `  ${line}`),
    "",
    ...(travel.length ? [...travel, ""] : []),
    ...(data.tracking_url ? [t.trackingLink, data.tracking_url, ""] : []),
    ...(charged ? [charged, ""] : []),
    ...(toCome ? [toCome, ""] : []),
    ...(address.length ? [t.shipTo, ...address.map((part) => `  ${part}`), ""] : []),
    t.thanks,
  ].join("\n")
}

function renderHtml(data: Data, locale: MailLocale, subject: string): string {
  const { t, lines, travel, charged, toCome, address } = compose(data, locale)
  const body = html`<p>${t.greeting(data.customer_name)}</p>
<p>${t.intro(data.cooperative_name, data.order_number)}</p>
${pieceList(lines)}
${travel.length ? html`<p>${lineBreaks(travel)}</p>` : ""}
${data.tracking_url ? html`<p>${t.trackingLink} <a href="${data.tracking_url}" style="color:#7a2e1f">${data.tracking_url}</a></p>` : ""}
${charged ? html`<p>${charged}</p>` : ""}
${toCome ? html`<p>${toCome}</p>` : ""}
${address.length ? addressBlock(t.shipTo, address) : ""}
<p style="margin-top:24px">${t.thanks}</p>`
  return emailPage(locale, subject, body)
}

/** To the shopper, in the language they shopped in, when one cooperative's parcel of their order ships. */
export const parcelShipped = defineMailTemplate("parcel-shipped", schema, (data, locale) => {
  const subject = words[locale].subject(data.cooperative_name, data.order_number)
  return { subject, text: renderText(data, locale), html: renderHtml(data, locale, subject) }
})
