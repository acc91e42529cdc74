import { z } from "@medusajs/framework/zod"
import { httpUrl } from "./format"
import { button, emailPage, html } from "./html"
import { defineMailTemplate } from "./types"
import { MAIL_WORDS } from "./words"

const schema = z.object({
  coordinator_name: z.string().trim().min(1),
  title: z.string().trim().min(1),
  /** Staff's words: what to change. */
  comment: z.string().trim().min(1),
  /** The portal's list of proposed pieces, where the coordinator changes it and sends it again. */
  portal_url: httpUrl,
})

// Short sentences and plain words: many coordinators read Spanish as a second language.
const words = {
  es: {
    subject: (title: string) => `Tu propuesta «${title}» necesita cambios`,
    ...MAIL_WORDS.es,
    intro: (title: string) => `El equipo de Telar revisó la pieza «${title}» y te pide esto antes de ponerla en la tienda:`,
    next: "Abre el portal, cambia lo que hace falta y vuelve a mandarla.",
    button: "Abrir mis propuestas",
  },
  en: {
    subject: (title: string) => `Your proposal "${title}" needs changes`,
    ...MAIL_WORDS.en,
    intro: (title: string) => `The Telar team reviewed the piece "${title}" and asks for this before it goes in the shop:`,
    next: "Open the portal, change what is needed and send it again.",
    button: "Open my proposals",
  },
}

/** To the coordinator who proposed a piece, when staff send it back with a comment, in the coordinator's language. */
export const productRequestReturned = defineMailTemplate("product-request-returned", schema, (data, locale) => {
  const t = words[locale]
  const subject = t.subject(data.title)
  const quoted = data.comment
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n")
  const text = [t.greeting(data.coordinator_name), "", t.intro(data.title), "", quoted, "", t.next, data.portal_url].join("\n")
  const body = html`<p>${t.greeting(data.coordinator_name)}</p>
<p>${t.intro(data.title)}</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #7a2e1f;background:#f6f1ea;white-space:pre-line">${data.comment}</blockquote>
<p>${t.next}</p>
${button(data.portal_url, t.button)}`
  return { subject, text, html: emailPage(locale, subject, body) }
})
