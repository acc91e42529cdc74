import { z } from "@medusajs/framework/zod"
import { formatMoment, httpUrl, moment } from "./format"
import { button, emailPage, html } from "./html"
import { defineMailTemplate } from "./types"

const schema = z.object({
  /** Whose login it is: the words name the shop's account, the cooperative portal or the staff dashboard. */
  audience: z.enum(["shopper", "coordinator", "staff"]),
  /** The page where a new password is chosen; carries the one-time token. */
  reset_url: httpUrl,
  expires_at: moment,
})

type Audience = z.output<typeof schema>["audience"]

const words = {
  es: {
    subject: "Elige una nueva contraseña para Telar",
    account: { shopper: "tu cuenta de Telar", coordinator: "tu acceso al portal de la cooperativa", staff: "tu acceso al panel de Telar" },
    intro: (account: string) => `Alguien pidió cambiar la contraseña de ${account}.`,
    action: "Abre este enlace y elige una nueva contraseña:",
    button: "Elegir una nueva contraseña",
    expiry: (when: string) => `El enlace sirve una sola vez y vence el ${when}.`,
    ignore: "Si no lo pediste tú, ignora este correo: tu contraseña sigue igual.",
  },
  en: {
    subject: "Choose a new password for Telar",
    account: {
      shopper: "your Telar account",
      coordinator: "your login to the cooperative portal",
      staff: "your login to the Telar dashboard",
    },
    intro: (account: string) => `Someone asked to change the password of ${account}.`,
    action: "Open this link and choose a new password:",
    button: "Choose a new password",
    expiry: (when: string) => `The link works once and expires on ${when}.`,
    ignore: "If you did not ask for this, ignore this email: your password stays the same.",
  },
} satisfies Record<string, { account: Record<Audience, string> } & Record<string, unknown>>

/** The reset link Medusa's auth.password_reset event asked for, to a shopper, coordinator or staff member. */
export const passwordReset = defineMailTemplate("password-reset", schema, (data, locale) => {
  const t = words[locale]
  const intro = t.intro(t.account[data.audience])
  const expiry = t.expiry(formatMoment(data.expires_at, locale))
  const text = [intro, "", t.action, data.reset_url, "", expiry, t.ignore].join("\n")
  const body = html`<p>${intro}</p>
<p>${t.action}</p>
${button(data.reset_url, t.button)}
<p>${expiry}</p>
<p style="color:#555555">${t.ignore}</p>`
  return { subject: t.subject, text, html: emailPage(locale, t.subject, body) }
})
