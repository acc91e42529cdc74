import type { Logger } from "@medusajs/framework/types"
import { mailOptions } from "../config"
import { SmtpNotificationService } from "../service"
import { mailLocale, renderMail } from "../templates"
import { escapeHtml, html } from "../templates/html"

const invite = {
  coordinator_name: "Xunka'",
  cooperative_name: "Sna\nJolobil",
  invite_url: "https://telar.example/es/cooperativa/invitacion?token=t",
  expires_at: "2026-12-10T18:00:00.000Z",
}

describe("mail templates", () => {
  it("escapes every interpolated value, and only those", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    expect(html`<p>${"<b>"}</p>${html`<i>${"&"}</i>`}`.markup).toBe("<p>&lt;b&gt;</p><i>&amp;</i>")
  })

  it("reads the recipient's language from data.locale, Spanish by default", () => {
    expect(mailLocale("en")).toBe("en")
    expect(mailLocale("en-US")).toBe("en")
    expect(mailLocale("es_MX")).toBe("es")
    expect(mailLocale("fr")).toBe("es")
    expect(mailLocale(undefined)).toBe("es")
    expect(renderMail("coordinator-invite", invite).subject).toBe("Te invitamos a coordinar Sna Jolobil en Telar")
    expect(renderMail("coordinator-invite", { ...invite, locale: "en-GB" }).html).toContain('<html lang="en">')
  })

  it("keeps a subject on one line and escapes apostrophes in the HTML", () => {
    const mail = renderMail("coordinator-invite", invite)
    expect(mail.subject).not.toMatch(/\n/)
    expect(mail.html).toContain("Hola, Xunka&#39;:")
  })

  it("refuses missing or unsafe data instead of mailing 'undefined'", () => {
    const { coordinator_name: _, ...withoutName } = invite
    expect(() => renderMail("coordinator-invite", withoutName)).toThrow(/coordinator_name/)
    expect(() => renderMail("coordinator-invite", { ...invite, expires_at: "soon" })).toThrow(/expires_at/)
    expect(() => renderMail("coordinator-invite", { ...invite, invite_url: "data:text/html,hi" })).toThrow(/invite_url/)
    expect(() => renderMail("toString", {})).toThrow(/no email template "toString"/)
  })
})

describe("SmtpNotificationService without SMTP_URL", () => {
  const logged: string[] = []
  const logger = { info: (message: string) => logged.push(message), warn: (message: string) => logged.push(message) } as unknown as Logger

  it("writes the rendered mail to the log and says it was not delivered", async () => {
    const options = mailOptions({})
    expect(options).toEqual({ url: undefined, from: "Telar <no-reply@telar.local>", channels: ["email"] })
    const provider = new SmtpNotificationService({ logger }, options)
    await expect(
      provider.send({ to: "rosa@example.org", channel: "email", template: "coordinator-invite", data: invite })
    ).resolves.toEqual({})
    expect(logged.at(-1)).toMatch(/^Email "coordinator-invite" to rosa@example.org NOT delivered \(SMTP_URL is not set\)/)
    expect(logged.at(-1)).toContain(invite.invite_url)
  })

  it("sends the notification's own content when given", async () => {
    const provider = new SmtpNotificationService({ logger }, mailOptions({ TELAR_MAIL_FROM: "Telar <hola@telar.mx>" }))
    await provider.send({ to: "rosa@example.org", channel: "email", template: "ad-hoc", content: { subject: "Hola", text: "Texto" } })
    expect(logged.at(-1)).toContain("Subject: Hola\nTexto")
  })
})
