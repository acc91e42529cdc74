import { z } from "@medusajs/framework/zod"
import { formatMoment, httpUrl, moment } from "./format"
import { button, emailPage, html } from "./html"
import { defineMailTemplate } from "./types"
import { MAIL_WORDS } from "./words"

const schema = z.object({
  coordinator_name: z.string().trim().min(1),
  cooperative_name: z.string().trim().min(1),
  /** The portal page where the coordinator sets a password; carries the one-time token. */
  invite_url: httpUrl,
  expires_at: moment,
})

// Short sentences and plain words: many coordinators read Spanish as a second language.
const words = {
  es: {
    subject: (cooperative: string) => `Te invitamos a coordinar ${cooperative} en Telar`,
    ...MAIL_WORDS.es,
    intro: (cooperative: string) =>
      `El equipo de Telar te invita a coordinar ${cooperative}. Desde tu teléfono vas a poder ver las piezas de la cooperativa, cambiar las existencias y preparar los envíos.`,
    action: "Abre este enlace y elige tu contraseña:",
    button: "Aceptar la invitación",
    expiry: (when: string) => `El enlace sirve una sola vez y vence el ${when}.`,
    ignore: "Si no esperabas este correo, puedes ignorarlo.",
  },
  en: {
    subject: (cooperative: string) => `You are invited to coordinate ${cooperative} on Telar`,
    ...MAIL_WORDS.en,
    intro: (cooperative: string) =>
      `The Telar team invites you to coordinate ${cooperative}. From your phone you will see the cooperative's pieces, change stock and prepare shipments.`,
    action: "Open this link and choose your password:",
    button: "Accept the invitation",
    expiry: (when: string) => `The link works once and expires on ${when}.`,
    ignore: "If you did not expect this email, you can ignore it.",
  },
}

export const coordinatorInvite = defineMailTemplate("coordinator-invite", schema, (data, locale) => {
  const t = words[locale]
  const subject = t.subject(data.cooperative_name)
  const expiry = t.expiry(formatMoment(data.expires_at, locale))
  const text = [
    t.greeting(data.coordinator_name),
    "",
    t.intro(data.cooperative_name),
    "",
    t.action,
    data.invite_url,
    "",
    expiry,
    t.ignore,
  ].join("\n")
  const body = html`<p>${t.greeting(data.coordinator_name)}</p>
<p>${t.intro(data.cooperative_name)}</p>
<p>${t.action}</p>
${button(data.invite_url, t.button)}
<p>${expiry}</p>
<p style="color:#555555">${t.ignore}</p>`
  return { subject, text, html: emailPage(locale, subject, body) }
})
