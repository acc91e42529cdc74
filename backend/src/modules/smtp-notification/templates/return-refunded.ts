import { z } from "@medusajs/framework/zod"
import { currencyCode, formatMoney, minorUnits } from "./format"
import { emailPage, html } from "./html"
import { pieceLines, pieceList, SHOPPER_WORDS } from "./order-parts"
import { defineMailTemplate, type MailLocale } from "./types"

const schema = z.object({
  order_number: z.union([z.number().int(), z.string().trim().min(1)]).transform(String),
  return_number: z.union([z.number().int(), z.string().trim().min(1)]).transform(String),
  customer_name: z.string().trim().nullish(),
  /** The cooperative whose workshop received the pieces. */
  cooperative_name: z.string().trim().min(1).nullish(),
  /** The pieces this refund pays back (one parcel of the return). */
  lines: z
    .array(z.object({ title: z.string().trim().min(1), variant: z.string().trim().nullish(), quantity: z.number().int().positive() }))
    .min(1),
  /** What went back to the card. */
  refund: z.object({ amount: minorUnits.positive(), currency_code: currencyCode }),
  /** Pieces of the return still on their way back. */
  pieces_to_come: z.number().int().min(0).default(0),
})

type Data = z.output<typeof schema>

const words = {
  en: {
    subject: (amount: string, number: string) => `We have refunded ${amount} to your card (order #${number})`,
    ...SHOPPER_WORDS.en,
    intro: (cooperative: string | null | undefined, returnNumber: string) =>
      `${cooperative ?? "The cooperative"} has received the pieces you sent back (return ${returnNumber}):`,
    refunded: (amount: string) => `We have refunded ${amount} to the card you paid with.`,
    bank: "Your bank may take 5 to 10 business days to show the refund on your statement.",
    toCome: (count: number) =>
      count === 1
        ? "1 more piece of this return has not arrived yet; we refund it when it does."
        : `${count} more pieces of this return have not arrived yet; we refund them when they do.`,
  },
  es: {
    subject: (amount: string, number: string) => `Te devolvimos ${amount} a tu tarjeta (pedido #${number})`,
    ...SHOPPER_WORDS.es,
    intro: (cooperative: string | null | undefined, returnNumber: string) =>
      `${cooperative ?? "La cooperativa"} recibió las piezas que devolviste (devolución ${returnNumber}):`,
    refunded: (amount: string) => `Te devolvimos ${amount} a la tarjeta con la que pagaste.`,
    bank: "Tu banco puede tardar de 5 a 10 días hábiles en mostrar el reembolso en tu estado de cuenta.",
    toCome: (count: number) =>
      count === 1
        ? "Aún no llega 1 pieza más de esta devolución; te la reembolsamos cuando llegue."
        : `Aún no llegan ${count} piezas más de esta devolución; te las reembolsamos cuando lleguen.`,
  },
}

/** Everything the mail says, once, for the text and the HTML part alike. */
function compose(data: Data, locale: MailLocale) {
  const t = words[locale]
  const amount = formatMoney(data.refund.amount, data.refund.currency_code, locale)
  return {
    t,
    amount,
    lines: pieceLines(data.lines),
    refunded: t.refunded(amount),
    toCome: data.pieces_to_come > 0 ? t.toCome(data.pieces_to_come) : null,
  }
}

function renderText(data: Data, locale: MailLocale): string {
  const { t, lines, refunded, toCome } = compose(data, locale)
  return [
    t.greeting(data.customer_name),
    "",
    t.intro(data.cooperative_name, data.return_number),
    ...lines.map((line) => `  ${line}`),
    "",
    refunded,
    t.bank,
    "",
    ...(toCome ? [toCome, ""] : []),
    t.thanks,
  ].join("\n")
}

function renderHtml(data: Data, locale: MailLocale, subject: string): string {
  const { t, lines, refunded, toCome } = compose(data, locale)
  const body = html`<p>${t.greeting(data.customer_name)}</p>
<p>${t.intro(data.cooperative_name, data.return_number)}</p>
${pieceList(lines)}
<p>${refunded}<br>${t.bank}</p>
${toCome ? html`<p>${toCome}</p>` : ""}
<p style="margin-top:24px">${t.thanks}</p>`
  return emailPage(locale, subject, body)
}

/** To the shopper, in the language they shopped in, when pieces of their return arrived and their money went back to the card. */
export const returnRefunded = defineMailTemplate("return-refunded", schema, (data, locale) => {
  const subject = words[locale].subject(compose(data, locale).amount, data.order_number)
  return { subject, text: renderText(data, locale), html: renderHtml(data, locale, subject) }
})
