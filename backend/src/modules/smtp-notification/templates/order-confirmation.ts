import { z } from "@medusajs/framework/zod"
import { currencyCode, formatMoney, minorUnits } from "./format"
import { emailPage, html, type SafeHtml } from "./html"
import { addressBlock, addressLines, pieceName, postalAddress, shippingName, shippingSpeed } from "./order-parts"
import { defineMailTemplate, type MailLocale } from "./types"
import { MAIL_WORDS } from "./words"

const line = z.object({
  title: z.string().trim().min(1),
  variant: z.string().trim().nullish(),
  quantity: z.number().int().positive(),
  unit_price: minorUnits,
  total: minorUnits,
})

const schema = z.object({
  order_number: z.union([z.number().int(), z.string().trim().min(1)]).transform(String),
  customer_name: z.string().trim().nullish(),
  currency_code: currencyCode,
  /** One parcel per cooperative, each with its own shipping method. */
  parcels: z
    .array(
      z.object({
        cooperative_name: z.string().trim().min(1).nullable(),
        lines: z.array(line).min(1),
        shipping: z.object({ speed: shippingSpeed, name: z.string().nullish(), amount: minorUnits }).nullable(),
      })
    )
    .min(1),
  ship_to: postalAddress.nullable(),
  totals: z.object({ subtotal: minorUnits, discount: minorUnits, shipping: minorUnits, taxes: minorUnits, total: minorUnits }),
  /** moneySplit per cooperative: its producer price (payout) and that part of the shopper's money. */
  cooperative_shares: z.array(
    z.object({
      cooperative_name: z.string().trim().min(1),
      amount: minorUnits,
      payout: minorUnits,
      payout_currency: currencyCode,
    })
  ),
})

type Data = z.output<typeof schema>

const words = {
  en: {
    subject: (number: string) => `Your Telar order #${number}`,
    ...MAIL_WORDS.en,
    thanks: (number: string) =>
      `Thank you for your order #${number}. Each cooperative packs and ships its own parcel, so your pieces may arrive separately.`,
    parcelFrom: (cooperative: string | null) => (cooperative ? `Parcel from ${cooperative}` : "Other pieces"),
    each: (price: string) => `${price} each`,
    shipTo: "Shipping to",
    totals: { heading: "Order summary", subtotal: "Subtotal", discount: "Discount", shipping: "Shipping", taxes: "Taxes", total: "Total" },
    sharesHeading: "What each cooperative gets",
    share: (cooperative: string, payout: string, amount: string | null) =>
      amount
        ? `${cooperative} receives ${payout}, its producer price (about ${amount} of what you paid, at the exchange rate of the day).`
        : `${cooperative} receives ${payout}, its producer price.`,
    rest: "The rest of what you paid for the pieces stays with the Telar network: operations, packing and card fees.",
    payment:
      "Your card has been authorized, not charged: it is charged as the cooperatives ship your parcels, and we email you as each one ships.",
    keep: (number: string) => `Keep this email: your order number is #${number}.`,
  },
  es: {
    subject: (number: string) => `Tu pedido de Telar #${number}`,
    ...MAIL_WORDS.es,
    thanks: (number: string) =>
      `Gracias por tu pedido #${number}. Cada cooperativa empaca y envía su propio paquete, así que tus piezas pueden llegar por separado.`,
    parcelFrom: (cooperative: string | null) => (cooperative ? `Paquete de ${cooperative}` : "Otras piezas"),
    each: (price: string) => `${price} c/u`,
    shipTo: "Se envía a",
    totals: {
      heading: "Resumen del pedido",
      subtotal: "Subtotal",
      discount: "Descuento",
      shipping: "Envío",
      taxes: "Impuestos",
      total: "Total",
    },
    sharesHeading: "Lo que recibe cada cooperativa",
    share: (cooperative: string, payout: string, amount: string | null) =>
      amount
        ? `${cooperative} recibe ${payout}, su precio de productor (unos ${amount} de lo que pagaste, al tipo de cambio del día).`
        : `${cooperative} recibe ${payout}, su precio de productor.`,
    rest: "El resto de lo que pagaste por las piezas se queda en la red Telar: operación, empaque y comisiones de tarjeta.",
    payment:
      "Tu tarjeta está autorizada, no cobrada: se cobra conforme las cooperativas envían tus paquetes, y te avisamos por correo al salir cada uno.",
    keep: (number: string) => `Guarda este correo: tu número de pedido es #${number}.`,
  },
}

/** Everything the mail says, once, for the text and the HTML part alike. */
function compose(data: Data, locale: MailLocale) {
  const t = words[locale]
  const money = (minor: number, currency = data.currency_code) => formatMoney(minor, currency, locale)
  const parcels = data.parcels.map((parcel) => ({
    heading: t.parcelFrom(parcel.cooperative_name),
    lines: parcel.lines.map((item) => ({
      label: `${item.quantity} × ${pieceName(item.title, item.variant)}`,
      detail: item.quantity > 1 ? t.each(money(item.unit_price)) : null,
      amount: money(item.total),
    })),
    shipping: parcel.shipping
      ? { label: shippingName(parcel.shipping.speed, parcel.shipping.name, locale), amount: money(parcel.shipping.amount) }
      : null,
  }))
  const totals: [string, string][] = [
    [t.totals.subtotal, money(data.totals.subtotal)],
    ...(data.totals.discount > 0 ? [[t.totals.discount, `−${money(data.totals.discount)}`] as [string, string]] : []),
    [t.totals.shipping, money(data.totals.shipping)],
    [t.totals.taxes, money(data.totals.taxes)],
    [t.totals.total, money(data.totals.total)],
  ]
  const shares = data.cooperative_shares.map((share) =>
    t.share(
      share.cooperative_name,
      money(share.payout, share.payout_currency),
      share.payout_currency === data.currency_code ? null : money(share.amount)
    )
  )
  const address = data.ship_to ? addressLines(data.ship_to, locale, t.phone) : []
  return { t, parcels, totals, shares, address }
}

function renderText(data: Data, locale: MailLocale): string {
  const { t, parcels, totals, shares, address } = compose(data, locale)
  const out = [t.greeting(data.customer_name), "", t.thanks(data.order_number), ""]
  for (const parcel of parcels) {
    out.push(parcel.heading)
    for (const item of parcel.lines) out.push(`  ${item.label}: ${item.amount}${item.detail ? ` (${item.detail})` : ""}`)
    if (parcel.shipping) out.push(`  ${parcel.shipping.label}: ${parcel.shipping.amount}`)
    out.push("")
  }
  if (address.length) out.push(t.shipTo, ...address.map((part) => `  ${part}`), "")
  out.push(t.totals.heading, ...totals.map(([label, amount]) => `  ${label}: ${amount}`), "")
  if (shares.length) out.push(t.sharesHeading, ...shares.map((share) => `  ${share}`), t.rest, "")
  out.push(t.payment, "", t.keep(data.order_number))
  return out.join("\n")
}

const cell = "padding:4px 0;vertical-align:top"
const amountCell = `${cell};text-align:right;white-space:nowrap;padding-left:12px`

function row(label: SafeHtml | string, amount: string, style = ""): SafeHtml {
  return html`<tr style="${style}"><td style="${cell}">${label}</td><td style="${amountCell}">${amount}</td></tr>`
}

function renderHtml(data: Data, locale: MailLocale, subject: string): string {
  const { t, parcels, totals, shares, address } = compose(data, locale)
  const parcelBlocks = parcels.map(
    (parcel) => html`<h3 style="font-size:16px;margin:20px 0 4px">${parcel.heading}</h3>
<table role="presentation" style="width:100%;border-collapse:collapse">
${parcel.lines.map((item) => row(item.detail ? html`${item.label}<br><span style="color:#555555;font-size:14px">${item.detail}</span>` : item.label, item.amount))}
${parcel.shipping ? row(html`<span style="color:#555555">${parcel.shipping.label}</span>`, parcel.shipping.amount) : ""}
</table>`
  )
  const totalRows = totals.map(([label, amount], index) =>
    row(label, amount, index === totals.length - 1 ? "font-weight:700;border-top:1px solid #dddddd" : "")
  )
  const body = html`<p>${t.greeting(data.customer_name)}</p>
<p>${t.thanks(data.order_number)}</p>
${parcelBlocks}
${address.length ? addressBlock(t.shipTo, address) : ""}
<h3 style="font-size:16px;margin:20px 0 4px">${t.totals.heading}</h3>
<table role="presentation" style="width:100%;border-collapse:collapse">${totalRows}</table>
${shares.length ? html`<h3 style="font-size:16px;margin:20px 0 4px">${t.sharesHeading}</h3>${shares.map((share) => html`<p style="margin:4px 0">${share}</p>`)}<p style="color:#555555">${t.rest}</p>` : ""}
<p>${t.payment}</p>
<p><strong>${t.keep(data.order_number)}</strong></p>`
  return emailPage(locale, subject, body)
}

/** To the shopper, in the language they shopped in: what they bought, from whom, and where the money goes. */
export const orderConfirmation = defineMailTemplate("order-confirmation", schema, (data, locale) => {
  const subject = words[locale].subject(data.order_number)
  return { subject, text: renderText(data, locale), html: renderHtml(data, locale, subject) }
})
