import { z } from "@medusajs/framework/zod"
import { httpUrl } from "./format"
import { button, emailPage, html } from "./html"
import { defineMailTemplate } from "./types"
import { MAIL_WORDS } from "./words"

const schema = z.object({
  coordinator_name: z.string().trim().min(1),
  cooperative_name: z.string().trim().min(1),
  /** The piece's name as the coordinator wrote it. */
  title: z.string().trim().min(1),
  /** The piece's page in the shop, in the coordinator's language. */
  product_url: httpUrl,
  /** The portal's list of proposed pieces. */
  portal_url: httpUrl,
})

// Short sentences and plain words: many coordinators read Spanish as a second language.
const words = {
  es: {
    subject: (title: string) => `«${title}» ya está en la tienda de Telar`,
    ...MAIL_WORDS.es,
    intro: (title: string, cooperative: string) =>
      `El equipo de Telar aprobó la pieza «${title}» de ${cooperative}. Ya se puede comprar en la tienda.`,
    stock: "Las piezas que mandaste ya cuentan como existencias. Puedes cambiarlas en el portal.",
    see: "Mira cómo se ve en la tienda:",
    button: "Ver la pieza en la tienda",
    portal: "Tus propuestas, en el portal:",
  },
  en: {
    subject: (title: string) => `"${title}" is now in the Telar shop`,
    ...MAIL_WORDS.en,
    intro: (title: string, cooperative: string) =>
      `The Telar team approved the piece "${title}" from ${cooperative}. Shoppers can buy it now.`,
    stock: "The pieces you sent now count as stock. You can change it in the portal.",
    see: "See how it looks in the shop:",
    button: "See the piece in the shop",
    portal: "Your proposals, in the portal:",
  },
}

/** To the coordinator who proposed a piece, once staff approved it, in the coordinator's language. */
export const productRequestApproved = defineMailTemplate("product-request-approved", schema, (data, locale) => {
  const t = words[locale]
  const subject = t.subject(data.title)
  const intro = t.intro(data.title, data.cooperative_name)
  const text = [t.greeting(data.coordinator_name), "", intro, t.stock, "", t.see, data.product_url, "", t.portal, data.portal_url].join(
    "\n"
  )
  const body = html`<p>${t.greeting(data.coordinator_name)}</p>
<p>${intro}</p>
<p>${t.stock}</p>
<p>${t.see}</p>
${button(data.product_url, t.button)}
<p>${t.portal} <a href="${data.portal_url}">${data.portal_url}</a></p>`
  return { subject, text, html: emailPage(locale, subject, body) }
})
