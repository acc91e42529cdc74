import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderPlacedMails } from "../../../src/lib/notifications/order-placed"
import { checkoutDriver, sleep } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"
import { words } from "../../helpers/values"

jest.setTimeout(240 * 1000)

// Both before the runner: its beforeAll boots the app with SMTP_URL and the emulator's address.
const mail = mailboxForSuite()
const stripeHandle = stripeEmulatorForSuite()
const PASSWORD = "telar-coordinadora-2026"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    const variant: Record<string, string> = {}

    /** Staff invite; the coordinator accepts through the link in the mail (status becomes active). */
    async function coordinator(cooperativeId: string, name: string, email: string, language: "es" | "en", accept = true) {
      await api.post(`/admin/cooperatives/${cooperativeId}/coordinators`, { name, email, preferred_language: language }, fixture.admin)
      const invitation = await mail.mailbox.waitForMail({ to: email })
      const token = invitation.text.match(/[?&]token=([A-Za-z0-9_-]+)/)?.[1]
      if (accept) await api.post("/coordinator/invites/accept", { token, password: PASSWORD })
    }

    /** A paid, completed order for `email`, its cart in `locale`; returns the order. */
    async function placeOrder(lines: [string, number][], email: string, locale: string) {
      const cartId = await shop.cartWith(
        lines.map(([handle, quantity]) => [variant[handle], quantity]),
        email
      )
      await api.post(`/store/carts/${cartId}`, { locale }, fixture.store)
      const { confirmed } = await shop.payWith(cartId)
      expect(confirmed.status).toBe("requires_capture")
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      return completed.order as { id: string; display_id: number }
    }

    /** Every mail of this order has arrived when these have; then a pause for any that should not. */
    async function settle(recipients: string[]) {
      for (const to of recipients) await mail.mailbox.waitForMail({ to, timeoutMs: 20_000 })
      await sleep(1500)
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      await api.post("/admin/exchange-rates", { from_currency: "usd", to_currency: "mxn", rate: "18" }, fixture.admin)

      const weavers = await api.post(
        "/admin/cooperatives",
        cooperativeBody({ handle: "tejedoras", name: "Tejedoras de Zinacantán" }),
        fixture.admin
      )
      const potters = await api.post(
        "/admin/cooperatives",
        cooperativeBody({ handle: "alfareras", name: "Alfareras de Amatenango", community: "Amatenango del Valle" }),
        fixture.admin
      )
      const weaversId = weavers.data.cooperative.id as string
      const pottersId = potters.data.cooperative.id as string
      const huipil = await shop.createPiece(weaversId, "huipil-rojo", 5, 240)
      const paloma = await shop.createPiece(pottersId, "paloma-de-barro", 10, 30)
      variant["huipil-rojo"] = huipil.variantId
      variant["paloma-de-barro"] = paloma.variantId
      // Producer prices in pesos: 2,700.00 for the huipil (150.00 USD at 18), 300.00 a dove (16.67 USD).
      await api.post(
        `/admin/cooperatives/${weaversId}/producer-prices`,
        { prices: [{ variant_id: huipil.variantId, amount: 2700 }] },
        fixture.admin
      )
      await api.post(
        `/admin/cooperatives/${pottersId}/producer-prices`,
        { prices: [{ variant_id: paloma.variantId, amount: 300 }] },
        fixture.admin
      )

      await coordinator(weaversId, "Xunka' López", "xunka@tejedoras.test", "es")
      await coordinator(weaversId, "Rosa Invitada", "rosa@tejedoras.test", "es", false)
      await coordinator(pottersId, "Juana Pérez", "juana@alfareras.test", "en")
    })

    beforeEach(() => mail.mailbox.clear())

    it("confirms the order to the shopper in English and tells each cooperative only of its own pieces", async () => {
      const order = await placeOrder(
        [
          ["huipil-rojo", 1],
          ["paloma-de-barro", 2],
        ],
        "ana@example.org",
        "en-US"
      )
      await settle(["ana@example.org", "xunka@tejedoras.test", "juana@alfareras.test"])
      // One each; the coordinator who never accepted the invitation gets nothing.
      expect(
        mail.mailbox
          .messages()
          .map((message) => message.to.join())
          .sort()
      ).toEqual(["ana@example.org", "juana@alfareras.test", "xunka@tejedoras.test"])

      const shopper = await mail.mailbox.waitForMail({ to: "ana@example.org" })
      expect(shopper.subject).toBe(`Your Telar order #${order.display_id}`)
      const text = words(shopper.text)
      expect(text).toContain("Hello Ana,")
      expect(text).toContain(`Thank you for your order #${order.display_id}.`)
      expect(text).toContain("Parcel from Tejedoras de Zinacantán 1 × huipil-rojo: $240.00 Standard shipping: $12.00")
      expect(text).toContain("Parcel from Alfareras de Amatenango 2 × paloma-de-barro: $60.00 ($30.00 each) Standard shipping: $12.00")
      expect(text).toContain("Shipping to Ana López 100 Main St Austin, TX 78701 United States")
      expect(text).toContain("Subtotal: $300.00 Shipping: $24.00")
      const { data } = await api.get(`/admin/orders/${order.id}?fields=total,tax_total`, fixture.admin)
      const total = `$${Number(data.order.total).toFixed(2)}`
      expect(text).toContain(`Total: ${total}`)
      // moneySplit at 18 MXN per USD: 2,700 / 18 = 150.00; 2 × 300 / 18 = 33.33.
      expect(text).toContain(
        "Tejedoras de Zinacantán receives MX$2,700.00, its producer price (about $150.00 of what you paid, at the exchange rate of the day)."
      )
      expect(text).toContain("Alfareras de Amatenango receives MX$600.00, its producer price (about $33.33 of what you paid")
      expect(shopper.html).toContain('<html lang="en">')
      expect(shopper.html).toContain("What each cooperative gets")

      const weaver = await mail.mailbox.waitForMail({ to: "xunka@tejedoras.test" })
      expect(weaver.subject).toBe(`Se vendió 1 pieza de Tejedoras de Zinacantán (pedido #${order.display_id})`)
      const weaverText = words(weaver.text)
      expect(weaverText).toContain("Hola, Xunka' López:")
      expect(weaverText).toContain("1 × huipil-rojo")
      expect(weaverText).toContain("Forma de envío que eligió: Envío estándar.")
      expect(weaverText).toContain("Prepara el paquete y envíalo a esta dirección: Ana López 100 Main St Austin, TX 78701 Estados Unidos")
      expect(weaver.text).toContain("http://localhost:8000/es/cooperativa")
      expect(weaver.html).toContain('<html lang="es">')
      expect(weaver.html).toContain("Hola, Xunka&#39; López:")
      // Never another cooperative's pieces, nor what the shopper paid.
      expect(weaver.text + weaver.html).not.toMatch(/paloma|Alfareras|\$/)

      const potter = await mail.mailbox.waitForMail({ to: "juana@alfareras.test" })
      expect(potter.subject).toBe(`2 pieces from Alfareras de Amatenango sold (order #${order.display_id})`)
      expect(words(potter.text)).toContain("2 × paloma-de-barro")
      expect(words(potter.text)).toContain("Austin, TX 78701 United States")
      expect(potter.text).toContain("http://localhost:8000/en/cooperative")
      expect(potter.text + potter.html).not.toMatch(/huipil|Tejedoras|\$/)
    })

    it("writes to a shopper who bought in Spanish in Spanish, and a replayed or doubled order.placed sends nothing new", async () => {
      const order = await placeOrder([["paloma-de-barro", 1]], "lucia@example.org", "es-MX")
      await settle(["lucia@example.org", "juana@alfareras.test"])
      expect(mail.mailbox.messages()).toHaveLength(2)

      const shopper = await mail.mailbox.waitForMail({ to: "lucia@example.org" })
      expect(shopper.subject).toBe(`Tu pedido de Telar #${order.display_id}`)
      const text = words(shopper.text)
      expect(text).toContain("Paquete de Alfareras de Amatenango 1 × paloma-de-barro: USD 30.00 Envío estándar: USD 12.00")
      expect(text).toContain("Se envía a Ana López 100 Main St Austin, TX 78701 Estados Unidos")
      expect(text).toContain("Alfareras de Amatenango recibe $300.00, su precio de productor (unos USD 16.67 de lo que pagaste")
      expect(text).toContain(`Guarda este correo: tu número de pedido es #${order.display_id}.`)
      expect(shopper.html).toContain('<html lang="es">')

      // The event again through the bus, and two workers handling it at the same moment.
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: OrderWorkflowEvents.PLACED, data: { id: order.id } })
      await Promise.all([sendOrderPlacedMails(getContainer(), order.id), sendOrderPlacedMails(getContainer(), order.id)])
      await sleep(2000)
      expect(mail.mailbox.messages()).toHaveLength(2)

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sent = await notifications.listNotifications({ resource_id: order.id })
      // (idempotency_key is stored but not in Medusa's NotificationDTO type.)
      const rows = sent as unknown as { template: string; status: string; idempotency_key: string }[]
      expect(rows.map((row) => [row.template, row.status, row.idempotency_key]).sort()).toEqual([
        ["order-confirmation", "success", `order-placed:${order.id}:shopper`],
        ["piece-sold", "success", expect.stringMatching(new RegExp(`^order-placed:${order.id}:coordinator:coord_`))],
      ])

      // Two workers racing on an event nobody has handled yet: each mail still goes out once.
      await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)("notification").where({ resource_id: order.id }).delete()
      mail.mailbox.clear()
      await Promise.all([sendOrderPlacedMails(getContainer(), order.id), sendOrderPlacedMails(getContainer(), order.id)])
      await settle(["lucia@example.org", "juana@alfareras.test"])
      expect(
        mail.mailbox
          .messages()
          .map((message) => message.to.join())
          .sort()
      ).toEqual(["juana@alfareras.test", "lucia@example.org"])
    })
  },
})
