import { checkoutDriver, sleep, waitFor } from "../../helpers/checkout"
import { inviteCoordinator } from "../../helpers/coordinators"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { statusOf } from "../../helpers/http"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"
import { cents, words } from "../../helpers/values"

jest.setTimeout(240 * 1000)

// Both before the runner: its beforeAll boots the app with SMTP_URL and the emulator's address.
const mail = mailboxForSuite()
const stripeHandle = stripeEmulatorForSuite()

/** Medusa's webhook route delays the handling of each event by 5 s (its webhook_delay). */
const WEBHOOK_HANDLED_MS = 6500
const PASSWORD = "telar-coordinadora-2026"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let weavers: string
    let potters: string
    let huipil: string
    let jarra: string
    let huipilLocation: string
    let rebozoRojo: string
    let pottersCoordinator: { headers: Record<string, string> }

    const intentOf = (id: string) => stripeHandle.emulator.state.paymentIntents[id]
    const ship = (orderId: string, cooperativeId: string, body: Record<string, unknown> = {}) =>
      statusOf(api.post(`/admin/orders/${orderId}/cooperative-parcels/${cooperativeId}/ship`, body, fixture.admin))
    const shippedMails = (to: string) => mail.mailbox.messages().filter((message) => message.to.includes(to))

    /** A paid (authorized, not captured) order of `email`, its cart in `locale`. */
    async function placeOrder(lines: [string, number][], email: string, locale: string) {
      const cartId = await shop.cartWith(lines, email)
      await api.post(`/store/carts/${cartId}`, { locale }, fixture.store)
      const { intentId, confirmed } = await shop.payWith(cartId)
      expect(confirmed.status).toBe("requires_capture")
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      // The order's own mails (confirmation, "piece sold") are not what these tests count.
      await mail.mailbox.waitForMail({ to: email, subject: /order|pedido/i, timeoutMs: 20_000 })
      mail.mailbox.clear()
      return { orderId: completed.order.id as string, displayId: completed.order.display_id as number, intentId }
    }

    /** Each line's and each shipping method's total as the admin API states it, in cents. */
    async function orderTotals(orderId: string) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=total,payment_status,items.variant_id,items.total,shipping_methods.total,shipping_methods.shipping_option_id`,
        fixture.admin
      )
      return data.order
    }

    /** A piece with a real choice (Color: Rojo / Azul); only the red one is in stock. */
    async function createRebozo(cooperativeId: string) {
      const { data } = await api.post(
        "/admin/products",
        {
          title: "rebozo",
          handle: "rebozo",
          status: "published",
          shipping_profile_id: fixture.shippingProfileId,
          sales_channels: [{ id: fixture.salesChannelId }],
          options: [{ title: "Color", values: ["Rojo", "Azul"] }],
          variants: ["Rojo", "Azul"].map((color) => ({
            title: color,
            sku: `REBOZO-${color.toUpperCase()}`,
            manage_inventory: true,
            options: { Color: color },
            prices: [
              { amount: 60, currency_code: "usd" },
              { amount: 1080, currency_code: "mxn" },
            ],
          })),
        },
        fixture.admin
      )
      await api.post(`/admin/cooperatives/${cooperativeId}/products`, { add: [data.product.id] }, fixture.admin)
      const { data: coop } = await api.get(`/admin/cooperatives/${cooperativeId}`, fixture.admin)
      const red = data.product.variants.find((variant: any) => variant.title === "Rojo")
      const { data: variant } = await api.get(
        `/admin/products/${data.product.id}/variants/${red.id}?fields=inventory_items.inventory_item_id`,
        fixture.admin
      )
      await api.post(
        `/admin/inventory-items/${variant.variant.inventory_items[0].inventory_item_id}/location-levels`,
        { location_id: coop.cooperative.stock_location.id, stocked_quantity: 5 },
        fixture.admin
      )
      return red.id as string
    }

    /** Staff invite a coordinator, who accepts through the mailed link and logs in. */
    async function coordinatorOf(cooperativeId: string, email: string) {
      const staff = { admin: fixture.admin, mailbox: mail.mailbox }
      return (await inviteCoordinator(api, staff, cooperativeId, { name: "Juana Pérez", email, password: PASSWORD })).auth
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      // A sales tax on every US line and shipping method: shares must include it, to the cent.
      const { data: regions } = await api.get("/admin/tax-regions?country_code=us", fixture.admin)
      await api.post(
        "/admin/tax-rates",
        { tax_region_id: regions.tax_regions[0].id, name: "Sales tax", code: "SALES", rate: 8.25, is_default: true },
        fixture.admin
      )
      weavers = (
        await api.post("/admin/cooperatives", cooperativeBody({ handle: "tejedoras", name: "Tejedoras de Zinacantán" }), fixture.admin)
      ).data.cooperative.id
      potters = (
        await api.post(
          "/admin/cooperatives",
          cooperativeBody({ handle: "alfareras", name: "Alfareras de Amatenango", community: "Amatenango del Valle" }),
          fixture.admin
        )
      ).data.cooperative.id
      const piece = await shop.createPiece(weavers, "huipil", 10, 35)
      huipil = piece.variantId
      huipilLocation = piece.locationId
      jarra = (await shop.createPiece(potters, "jarra", 20, 19)).variantId
      rebozoRojo = await createRebozo(weavers)
      pottersCoordinator = await coordinatorOf(potters, "juana@alfareras.test")
    })

    // Medusa handles a Stripe webhook 5 s after it arrives: a test's are handled before the database is reset or dropped.
    afterEach(async () => {
      await stripeHandle.emulator.flushWebhooks()
      const last = stripeHandle.emulator.webhooks.deliveries.at(-1)
      const since = last ? Date.now() - new Date(last.created).getTime() : Number.POSITIVE_INFINITY
      if (since < WEBHOOK_HANDLED_MS) await sleep(WEBHOOK_HANDLED_MS - since)
    })

    it("charges each cooperative's parcel as it ships, mails the shopper once per parcel, and the last parcel takes what is left", async () => {
      const order = await placeOrder(
        [
          [huipil, 1],
          [jarra, 3],
        ],
        "ana@example.org",
        "es-MX"
      )
      const totals = await orderTotals(order.orderId)
      const shareOf = (variant: string) => {
        const line = totals.items.find((item: any) => item.variant_id === variant)
        return line.total
      }
      const { data: before } = await api.get(`/admin/orders/${order.orderId}/cooperative-parcels`, fixture.admin)
      const parcel = (id: string) => before.parcels.find((candidate: any) => candidate.cooperative.id === id)
      const total = cents(totals.total)
      // Taxes included: 35.00 + 8.25% = 37.8875 for the huipil; 3 × 19.00 + 8.25% = 61.7025 for the jarras.
      expect(Number(shareOf(huipil))).toBeCloseTo(37.8875, 4)
      expect(Number(shareOf(jarra))).toBeCloseTo(61.7025, 4)
      const methodTotal = (id: string) =>
        cents(totals.shipping_methods.find((method: any) => method.shipping_option_id === parcel(id).shipping_option_id).total)
      const weaversShare = Math.round(Number(shareOf(huipil)) * 100 + methodTotal(weavers))
      const pottersShare = Math.round(Number(shareOf(jarra)) * 100 + methodTotal(potters))
      expect(parcel(weavers).share).toBe(weaversShare)
      expect(parcel(potters).share).toBe(pottersShare)
      expect(before.payment).toMatchObject({ currency_code: "usd", authorized: total, captured: 0 })
      expect(intentOf(order.intentId)).toMatchObject({ status: "requires_capture", amount: total, amount_received: 0 })

      // Weavers ship first: exactly their share is captured; the rest of the authorization stays.
      const first = await ship(order.orderId, weavers, {
        carrier: "Estafeta",
        tracking_number: "EST-0001",
        tracking_url: "https://track.example/EST-0001",
      })
      expect(first.status).toBe(200)
      expect(first.data.shipment).toMatchObject({
        outcome: "shipped",
        charged: weaversShare,
        captured_total: weaversShare,
        authorized: total,
      })
      expect(intentOf(order.intentId)).toMatchObject({
        status: "requires_capture",
        amount_received: weaversShare,
        amount_capturable: total - weaversShare,
      })
      expect(first.data.payment).toMatchObject({ authorized: total, captured: weaversShare, fully_captured: false })
      const shippedWeavers = first.data.parcels.find((candidate: any) => candidate.cooperative.id === weavers)
      expect(shippedWeavers).toMatchObject({ shipped: true, items: [{ shipped_quantity: 1, remaining: 0 }] })
      expect(shippedWeavers.fulfillments).toEqual([
        expect.objectContaining({ location_id: huipilLocation, carrier: "Estafeta", tracking_numbers: ["EST-0001"] }),
      ])
      expect(first.data.parcels.find((candidate: any) => candidate.cooperative.id === potters).shipped).toBe(false)
      expect((await orderTotals(order.orderId)).payment_status).toBe("partially_captured")

      const shipped = await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /Tejedoras de Zinacantán/, timeoutMs: 20_000 })
      expect(shipped.subject).toBe(`Tus piezas de Tejedoras de Zinacantán van en camino (pedido #${order.displayId})`)
      const text = words(shipped.text)
      expect(text).toContain("Hola, Ana:")
      expect(text).toContain(`Tejedoras de Zinacantán envió su paquete de tu pedido #${order.displayId}: 1 × huipil`)
      expect(text).toContain("Paquetería: Estafeta Número de guía: EST-0001")
      expect(text).toContain("https://track.example/EST-0001")
      expect(text).toContain(`Ahora cobramos USD ${(weaversShare / 100).toFixed(2)} a tu tarjeta por este paquete (sus piezas y su envío).`)
      expect(text).toContain("Tus otras piezas viajan en 1 paquete más")
      expect(shipped.text + shipped.html).not.toMatch(/jarra/)
      expect(shipped.html).toContain('<html lang="es">')

      // Shipping the same parcel again ships, charges and mails nothing more.
      const again = await ship(order.orderId, weavers)
      expect(again.status).toBe(200)
      expect(again.data.shipment).toMatchObject({ outcome: "already_shipped", charged: 0, captured_total: weaversShare })
      expect(intentOf(order.intentId).amount_received).toBe(weaversShare)
      await sleep(1500)
      expect(shippedMails("ana@example.org")).toHaveLength(1)

      // The potters' parcel is the last: it takes exactly what is left, and the order is paid in full.
      const last = await ship(order.orderId, potters)
      expect(last.status).toBe(200)
      expect(last.data.shipment).toMatchObject({ outcome: "shipped", charged: total - weaversShare, captured_total: total })
      expect(total - weaversShare).toBe(pottersShare)
      expect(intentOf(order.intentId)).toMatchObject({ status: "succeeded", amount_received: total, amount_capturable: 0 })
      expect(last.data.payment).toMatchObject({ authorized: total, captured: total, fully_captured: true })
      const lastMail = await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /Alfareras de Amatenango/, timeoutMs: 20_000 })
      expect(words(lastMail.text)).toContain("3 × jarra")
      expect(words(lastMail.text)).not.toContain("paquete más")

      // Once Stripe's webhooks for these captures are handled, nothing is recorded twice: two captures, the order's total.
      await stripeHandle.emulator.flushWebhooks()
      await sleep(WEBHOOK_HANDLED_MS)
      const settled = await orderTotals(order.orderId)
      expect(settled.payment_status).toBe("captured")
      const { data: paid } = await api.get(
        `/admin/orders/${order.orderId}?fields=payment_collections.captured_amount,payment_collections.payments.captures.amount`,
        fixture.admin
      )
      const [collection] = paid.order.payment_collections
      expect(cents(collection.captured_amount)).toBe(total)
      expect(collection.payments[0].captures.map((capture: any) => cents(capture.amount))).toEqual(
        expect.arrayContaining([weaversShare, pottersShare])
      )
      expect(collection.payments[0].captures).toHaveLength(2)
      const { data: after } = await api.get(`/admin/orders/${order.orderId}/cooperative-parcels`, fixture.admin)
      expect(after.payment.captured).toBe(total)
      expect(after.parcels.every((candidate: any) => candidate.shipped)).toBe(true)
      expect(shippedMails("ana@example.org")).toHaveLength(2)
    })

    it("captures a one-cooperative order in full when its parcel ships, and tells the shopper in English", async () => {
      const order = await placeOrder([[huipil, 2]], "beto@example.org", "en-US")
      const total = cents((await orderTotals(order.orderId)).total)
      const shipped = await ship(order.orderId, weavers)
      expect(shipped.status).toBe(200)
      expect(shipped.data.shipment).toMatchObject({ outcome: "shipped", charged: total, captured_total: total })
      expect(intentOf(order.intentId)).toMatchObject({ status: "succeeded", amount: total, amount_received: total })
      expect(shipped.data.payment).toMatchObject({ captured: total, fully_captured: true })
      const message = await mail.mailbox.waitForMail({ to: "beto@example.org", timeoutMs: 20_000 })
      expect(message.subject).toBe(`Your pieces from Tejedoras de Zinacantán are on their way (order #${order.displayId})`)
      expect(words(message.text)).toContain(`We have now charged $${(total / 100).toFixed(2)} to your card for this parcel`)
      expect(message.text).not.toMatch(/more parcel/)
      await stripeHandle.emulator.flushWebhooks()
      await sleep(WEBHOOK_HANDLED_MS)
      expect((await orderTotals(order.orderId)).payment_status).toBe("captured")
      const { data: after } = await api.get(`/admin/orders/${order.orderId}/cooperative-parcels`, fixture.admin)
      expect(after.payment).toMatchObject({ captured: total, fully_captured: true })
    })

    it("charges and mails once when two staff ship the same parcel at the same moment", async () => {
      const order = await placeOrder(
        [
          [huipil, 1],
          [jarra, 1],
        ],
        "fer@example.org",
        "en-US"
      )
      const { data } = await api.get(`/admin/orders/${order.orderId}/cooperative-parcels`, fixture.admin)
      const share = data.parcels.find((candidate: any) => candidate.cooperative.id === weavers).share
      const answers = await Promise.all([ship(order.orderId, weavers), ship(order.orderId, weavers), ship(order.orderId, weavers)])
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
      expect(answers.map((answer) => answer.data.shipment.outcome).sort()).toEqual(["already_shipped", "already_shipped", "shipped"])
      expect(answers.reduce((sum, answer) => sum + answer.data.shipment.charged, 0)).toBe(share)
      expect(intentOf(order.intentId)).toMatchObject({ status: "requires_capture", amount_received: share })
      await mail.mailbox.waitForMail({ to: "fer@example.org", timeoutMs: 20_000 })
      await sleep(1500)
      expect(shippedMails("fer@example.org")).toHaveLength(1)
      const { data: after } = await api.get(`/admin/orders/${order.orderId}?fields=fulfillments.id,fulfillments.shipped_at`, fixture.admin)
      expect(after.order.fulfillments).toHaveLength(1)
    })

    it("ships a parcel fulfilled earlier with the carrier and guide number its coordinator reported", async () => {
      const order = await placeOrder([[jarra, 1]], "carla@example.org", "es-MX")
      await api.post(`/admin/orders/${order.orderId}/cooperative-parcels`, { cooperative_id: potters }, fixture.admin)
      const { data } = await api.get(`/admin/orders/${order.orderId}/cooperative-parcels`, fixture.admin)
      expect(data.parcels[0]).toMatchObject({ shipped: false, items: [{ remaining: 0, shipped_quantity: 0 }] })
      expect(intentOf(order.intentId).amount_received).toBe(0)
      await api.post(
        `/coordinator/orders/${order.orderId}/parcel`,
        { status: "handed_to_carrier", carrier: "Estafeta", tracking_number: "EST 777" },
        pottersCoordinator
      )

      const shipped = await ship(order.orderId, potters)
      expect(shipped.status).toBe(200)
      expect(shipped.data.parcels[0]).toMatchObject({
        shipped: true,
        fulfillments: [expect.objectContaining({ carrier: "Estafeta", tracking_numbers: ["EST 777"] })],
      })
      expect(intentOf(order.intentId).status).toBe("succeeded")
      const message = await mail.mailbox.waitForMail({ to: "carla@example.org", timeoutMs: 20_000 })
      expect(words(message.text)).toContain("Paquetería: Estafeta Número de guía: EST 777")
    })

    it("prints the pick list of a parcel: quantities, SKUs, choices and the address, in Spanish or English", async () => {
      const order = await placeOrder(
        [
          [huipil, 1],
          [rebozoRojo, 2],
          [jarra, 3],
        ],
        "dora@example.org",
        "es-MX"
      )
      const { data } = await api.get(`/admin/orders/${order.orderId}/cooperative-parcels`, fixture.admin)
      const weaversItems = data.parcels.find((candidate: any) => candidate.cooperative.id === weavers).items
      expect(weaversItems.map((item: any) => ({ quantity: item.quantity, sku: item.sku, options: item.options }))).toEqual(
        expect.arrayContaining([
          { quantity: 1, sku: "HUIPIL", options: [] },
          { quantity: 2, sku: "REBOZO-ROJO", options: [{ option: "Color", value: "Rojo" }] },
        ])
      )
      const weaversPage = words(
        String(
          (await api.get(`/admin/orders/${order.orderId}/cooperative-parcels/pick-list?cooperative_id=${weavers}`, fixture.admin)).data
        )
      )
      expect(weaversPage).toMatch(/<td class="num">2<\/td> <td>REBOZO-ROJO<\/td> <td>rebozo<\/td> <td>Color: Rojo<\/td>/)
      expect(weaversPage).toMatch(/<td class="num">1<\/td> <td>HUIPIL<\/td> <td>huipil<\/td> <td>—<\/td>/)

      const page = await api.get(`/admin/orders/${order.orderId}/cooperative-parcels/pick-list?cooperative_id=${potters}`, fixture.admin)
      expect(page.headers["content-type"]).toMatch(/text\/html/)
      expect(page.headers["content-security-policy"]).toMatch(/script-src 'nonce-/)
      const html = words(String(page.data))
      expect(html).toContain(`Lista de empaque · Pedido #${order.displayId}`)
      expect(html).toContain("Paquete de Alfareras de Amatenango")
      expect(html).toMatch(/<td class="num">3<\/td> <td>JARRA<\/td> <td>jarra<\/td>/)
      expect(html).toContain("Ana López<br>100 Main St<br>Austin, TX 78701<br>Estados Unidos")
      expect(html).not.toContain("huipil")

      const everything = words(
        String((await api.get(`/admin/orders/${order.orderId}/cooperative-parcels/pick-list?lang=en`, fixture.admin)).data)
      )
      expect(everything).toContain("Parcel from Tejedoras de Zinacantán")
      expect(everything).toContain("Parcel from Alfareras de Amatenango")
      expect(everything).toContain("United States")

      const stranger = await statusOf(
        api.get(`/admin/orders/${order.orderId}/cooperative-parcels/pick-list?cooperative_id=coop_nobody`, fixture.admin)
      )
      expect(stranger.status).toBe(404)
      const badLanguage = await statusOf(api.get(`/admin/orders/${order.orderId}/cooperative-parcels/pick-list?lang=fr`, fixture.admin))
      expect(badLanguage.status).toBe(400)
    })

    it("refuses what cannot ship with a clear 4xx, charging and shipping nothing", async () => {
      const order = await placeOrder([[huipil, 1]], "eva@example.org", "en-US")
      const stranger = await ship(order.orderId, "coop_nobody")
      expect(stranger.status).toBe(404)
      expect(stranger.data.message).toMatch(/no pieces from cooperative/)
      const badUrl = await ship(order.orderId, weavers, { tracking_url: "javascript:alert(1)" })
      expect(badUrl.status).toBe(400)
      expect(badUrl.data.message).toMatch(/tracking_url/)
      const unknownField = await ship(order.orderId, weavers, { amount: 1 })
      expect(unknownField.status).toBe(400)
      const unknownOrder = await ship("order_missing", weavers)
      expect(unknownOrder.status).toBe(404)

      await api.post(`/admin/orders/${order.orderId}/cancel`, {}, fixture.admin)
      const canceled = await ship(order.orderId, weavers)
      expect(canceled.status).toBe(400)
      expect(canceled.data.message).toMatch(/canceled/)
      await waitFor(async () => ["canceled", "requires_capture"].includes(intentOf(order.intentId).status), 10_000, "the intent")
      expect(intentOf(order.intentId).amount_received).toBe(0)
      await sleep(500)
      expect(shippedMails("eva@example.org")).toHaveLength(0)
    })
  },
})
