import { Modules } from "@medusajs/framework/utils"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"
import { words } from "../../helpers/values"

jest.setTimeout(120 * 1000)

const mail = mailboxForSuite()

// Every interpolated value carries markup, quotes and an ampersand: none may reach the HTML raw.
const invite = {
  coordinator_name: 'María "Xunka" <b>López</b>',
  cooperative_name: "Jolom Mayaetik <script>alert(1)</script> & Co",
  invite_url: "http://localhost:8000/es/cooperativa/invitacion?token=tok_123&step=1",
  expires_at: "2026-12-10T18:00:00.000Z",
}

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    const notifications = () => getContainer().resolve(Modules.NOTIFICATION)

    beforeEach(() => mail.mailbox.clear())

    it("delivers the coordinator invitation over SMTP, once, in Spanish, with every value escaped", async () => {
      const notification = await notifications().createNotifications({
        to: "maria@example.org",
        channel: "email",
        template: "coordinator-invite",
        data: { ...invite, locale: "es" },
      })
      expect(notification).toEqual(expect.objectContaining({ status: "success", provider_id: "smtp" }))

      const received = await mail.mailbox.waitForMail({ to: "maria@example.org" })
      expect(mail.mailbox.messages()).toHaveLength(1)
      // TELAR_MAIL_FROM is unset here: Telar's default sender.
      expect(received.from).toEqual({ name: "Telar", address: "no-reply@telar.local" })
      expect(received.subject).toBe("Te invitamos a coordinar Jolom Mayaetik <script>alert(1)</script> & Co en Telar")

      expect(words(received.text)).toContain('Hola, María "Xunka" <b>López</b>:')
      expect(received.text).toContain(invite.invite_url)
      expect(words(received.text)).toContain("vence el 10 de diciembre de 2026 a las 12:00 p.m. (hora del centro de México)")

      expect(received.html).toContain('<html lang="es">')
      expect(received.html).toContain("Hola, María &quot;Xunka&quot; &lt;b&gt;López&lt;/b&gt;:")
      expect(received.html).toContain("Jolom Mayaetik &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
      expect(received.html).toContain('href="http://localhost:8000/es/cooperativa/invitacion?token=tok_123&amp;step=1"')
      expect(received.html).toContain("Aceptar la invitación")
      expect(received.html).not.toMatch(/<script|<b>|"Xunka"/)
    })

    it("writes in English when the recipient's locale is en, and in Spanish when none is given", async () => {
      await notifications().createNotifications([
        { to: "ana@example.org", channel: "email", template: "coordinator-invite", data: { ...invite, locale: "en" } },
        { to: "rosa@example.org", channel: "email", template: "coordinator-invite", data: invite },
      ])

      const english = await mail.mailbox.waitForMail({ to: "ana@example.org" })
      expect(english.subject).toBe("You are invited to coordinate Jolom Mayaetik <script>alert(1)</script> & Co on Telar")
      expect(words(english.text)).toContain("expires on December 10, 2026 at 12:00 PM (Mexico City time)")
      expect(english.html).toContain('<html lang="en">')
      expect(english.html).toContain("Hello María &quot;Xunka&quot; &lt;b&gt;López&lt;/b&gt;,")
      expect(english.html).toContain("Accept the invitation")

      const spanish = await mail.mailbox.waitForMail({ to: "rosa@example.org" })
      expect(spanish.subject).toMatch(/^Te invitamos a coordinar/)
      expect(mail.mailbox.messages()).toHaveLength(2)
    })

    it("sends a notification replayed with the same idempotency key only once", async () => {
      const once = {
        to: "maria@example.org",
        channel: "email",
        template: "coordinator-invite",
        data: invite,
        idempotency_key: "coordinator-invite:coord_1:1",
      }
      await notifications().createNotifications(once)
      await notifications().createNotifications(once)

      await mail.mailbox.waitForMail({ to: "maria@example.org" })
      expect(mail.mailbox.messages()).toHaveLength(1)
    })

    it("refuses data a template cannot render, and an unknown template, without sending anything", async () => {
      await expect(
        notifications().createNotifications({
          to: "maria@example.org",
          channel: "email",
          template: "coordinator-invite",
          data: { ...invite, invite_url: "javascript:alert(1)" },
        })
      ).rejects.toThrow(/invite_url/)
      await expect(
        notifications().createNotifications({ to: "maria@example.org", channel: "email", template: "no-such-mail", data: {} })
      ).rejects.toThrow(/no email template "no-such-mail"/)

      const failed = await notifications().listNotifications({ to: "maria@example.org" })
      expect(failed.map((notification) => notification.status)).toEqual(["failure", "failure"])
      expect(mail.mailbox.messages()).toHaveLength(0)
    })
  },
})
