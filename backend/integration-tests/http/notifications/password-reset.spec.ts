import { Modules } from "@medusajs/framework/utils"
import { sleep } from "../../helpers/checkout"
import { ADMIN, cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { statusOf } from "../../helpers/http"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

const mail = mailboxForSuite()
const OLD_PASSWORD = "la-contrasena-de-antes"
const NEW_PASSWORD = "una-contrasena-nueva-2026"

/** The reset link in a mail, and the token and address it carries. */
function resetLink(text: string) {
  const match = text.match(/https?:\/\/\S+[?&]token=\S+/)
  if (!match) throw new Error(`no reset link in: ${text}`)
  const url = new URL(match[0])
  return { url, path: url.pathname, token: url.searchParams.get("token") ?? "", email: url.searchParams.get("email") }
}

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture

    const askReset = (actor: string, identifier: string, metadata?: Record<string, unknown>) =>
      statusOf(api.post(`/auth/${actor}/emailpass/reset-password`, { identifier, ...(metadata ? { metadata } : {}) }))
    const login = (actor: string, email: string, password: string) => statusOf(api.post(`/auth/${actor}/emailpass`, { email, password }))

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      // A shopper with an account.
      const { data } = await api.post("/auth/customer/emailpass/register", { email: "ana@example.org", password: OLD_PASSWORD })
      await api.post(
        "/store/customers",
        { email: "ana@example.org", first_name: "Ana" },
        { headers: { ...fixture.store.headers, authorization: `Bearer ${data.token}` } }
      )
      // A coordinator who accepted the invitation (Spanish), and one who never did.
      const { data: coop } = await api.post("/admin/cooperatives", cooperativeBody(), fixture.admin)
      await api.post(`/admin/cooperatives/${coop.cooperative.id}/coordinators`, { name: "Xunka'", email: "xunka@coop.test" }, fixture.admin)
      const invitation = await mail.mailbox.waitForMail({ to: "xunka@coop.test" })
      const token = invitation.text.match(/[?&]token=([A-Za-z0-9_-]+)/)?.[1]
      await api.post("/coordinator/invites/accept", { token, password: OLD_PASSWORD })
      await api.post(`/admin/cooperatives/${coop.cooperative.id}/coordinators`, { name: "Rosa", email: "rosa@coop.test" }, fixture.admin)
      await mail.mailbox.waitForMail({ to: "rosa@coop.test" })
    })

    beforeEach(() => mail.mailbox.clear())

    it("mails a shopper a link to the storefront's reset page; its token sets a new password once", async () => {
      expect((await askReset("customer", "ana@example.org")).status).toBe(201)
      const message = await mail.mailbox.waitForMail({ to: "ana@example.org" })
      expect(message.subject).toBe("Choose a new password for Telar")
      expect(message.text).toContain("Someone asked to change the password of your Telar account.")
      const link = resetLink(message.text)
      // The storefront's page reads `token` and `email`; no stored language and no order: English.
      expect(`${link.url.origin}${link.path}`).toBe("http://localhost:8000/en/account/reset-password")
      expect(link.email).toBe("ana@example.org")
      expect(message.html).toContain(`href="${link.url.href.replace(/&/g, "&amp;")}"`)

      const updated = await statusOf(api.post("/auth/customer/emailpass/update", { password: NEW_PASSWORD }, bearer(link.token)))
      expect(updated).toEqual({ status: 200, data: { success: true } })
      expect((await login("customer", "ana@example.org", NEW_PASSWORD)).status).toBe(200)
      expect((await login("customer", "ana@example.org", OLD_PASSWORD)).status).toBe(401)
      // Once only.
      expect((await statusOf(api.post("/auth/customer/emailpass/update", { password: "otra-mas-2026" }, bearer(link.token)))).status).toBe(
        401
      )

      // The notification row records the mail without the token.
      const [row] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "password-reset" })
      expect(row).toEqual(expect.objectContaining({ to: "ana@example.org", status: "success" }))
      expect(JSON.stringify(row)).not.toContain(link.token)
      expect(mail.mailbox.messages()).toHaveLength(1)
    })

    it("writes in the language the shopper asked in", async () => {
      expect((await askReset("customer", "ana@example.org", { locale: "es" })).status).toBe(201)
      const message = await mail.mailbox.waitForMail({ to: "ana@example.org" })
      expect(message.subject).toBe("Elige una nueva contraseña para Telar")
      expect(message.html).toContain('<html lang="es">')
      expect(resetLink(message.text).path).toBe("/es/account/reset-password")
    })

    it("mails a coordinator the portal's reset page in their language; the new password logs into the portal", async () => {
      expect((await askReset("coordinator", "xunka@coop.test")).status).toBe(201)
      const message = await mail.mailbox.waitForMail({ to: "xunka@coop.test" })
      expect(message.subject).toBe("Elige una nueva contraseña para Telar")
      expect(message.text).toContain("Alguien pidió cambiar la contraseña de tu acceso al portal de la cooperativa.")
      const link = resetLink(message.text)
      expect(`${link.url.origin}${link.path}`).toBe("http://localhost:8000/es/cooperativa/nueva-contrasena")
      expect(link.email).toBe("xunka@coop.test")

      const updated = await statusOf(api.post("/auth/coordinator/emailpass/update", { password: NEW_PASSWORD }, bearer(link.token)))
      expect(updated.status).toBe(200)
      expect((await login("coordinator", "xunka@coop.test", OLD_PASSWORD)).status).toBe(401)
      const { status, data } = await login("coordinator", "xunka@coop.test", NEW_PASSWORD)
      expect(status).toBe(200)
      const { data: me } = await api.get("/coordinator/me", bearer(data.token))
      expect(me.coordinator.email).toBe("xunka@coop.test")
      // Self-registration stays closed.
      expect(
        (await statusOf(api.post("/auth/coordinator/emailpass/register", { email: "x@coop.test", password: NEW_PASSWORD }))).status
      ).toBe(403)
    })

    it("answers an address with no such account exactly as a real one, and mails nobody", async () => {
      const known = await askReset("customer", "ana@example.org")
      await mail.mailbox.waitForMail({ to: "ana@example.org" })
      mail.mailbox.clear()

      const unknown = await askReset("customer", "nadie@example.org")
      // A shopper's address asked for as a coordinator; a coordinator who never accepted the invitation.
      const notCoordinator = await askReset("coordinator", "ana@example.org")
      const notYet = await askReset("coordinator", "rosa@coop.test")
      for (const answer of [unknown, notCoordinator, notYet]) expect(answer).toEqual(known)
      await sleep(2000)
      expect(mail.mailbox.messages()).toHaveLength(0)
    })

    it("mails staff a link to the admin dashboard's reset page", async () => {
      expect((await askReset("user", ADMIN.email)).status).toBe(201)
      const message = await mail.mailbox.waitForMail({ to: ADMIN.email })
      expect(message.text).toContain("tu acceso al panel de Telar")
      const link = resetLink(message.text)
      expect(`${link.url.origin}${link.path}`).toBe("http://localhost:9000/app/reset-password")
      const updated = await statusOf(api.post("/auth/user/emailpass/update", { password: NEW_PASSWORD }, bearer(link.token)))
      expect(updated.status).toBe(200)
      expect((await login("user", ADMIN.email, NEW_PASSWORD)).status).toBe(200)
    })

    it("takes at most 5 reset requests an hour for one address, however it is written", async () => {
      process.env.TELAR_RATE_LIMIT_FACTOR = "1"
      try {
        const statuses: number[] = []
        for (let i = 0; i < 6; i++) statuses.push((await askReset("customer", i % 2 ? "Lucia@Example.org" : " lucia@example.org")).status)
        expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
      } finally {
        process.env.TELAR_RATE_LIMIT_FACTOR = "100"
      }
    })
  },
})
