import { unlink } from "node:fs/promises"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { PRODUCT_REQUEST_MODULE } from "../../../src/modules/product-request"
import type ProductRequestModuleService from "../../../src/modules/product-request/service"
import { inviteCoordinator } from "../../helpers/coordinators"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { statusOf } from "../../helpers/http"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(240 * 1000)

const mail = mailboxForSuite()
const PASSWORD = "telar-coordinadora-2026"
type Auth = { headers: { authorization: string } }

/** Real photos, made here: a phone-sized JPEG with EXIF (a quarter turn, an author), a PNG, and one too small. */
async function photos() {
  const solid = (width: number, height: number, background: { r: number; g: number; b: number }) =>
    sharp({ create: { width, height, channels: 3, background } })
  return {
    // Stored 2400×1800 with EXIF orientation 6: the phone held upright, so the photo is 1800 wide and 2400 high.
    phoneJpeg: await solid(2400, 1800, { r: 122, g: 46, b: 31 })
      .jpeg({ quality: 90 })
      .withExif({ IFD0: { Artist: "Ana Pérez", Copyright: "Tejedoras" } })
      .withMetadata({ orientation: 6 })
      .toBuffer(),
    png: await solid(900, 700, { r: 20, g: 90, b: 140 }).png().toBuffer(),
    secondPng: await solid(800, 800, { r: 200, g: 160, b: 40 }).png().toBuffer(),
    tiny: await solid(120, 90, { r: 0, g: 0, b: 0 }).png().toBuffer(),
  }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let coopA: { id: string; locationId: string }
    let coopB: string
    let ana: Auth
    let beto: Auth
    let images: Awaited<ReturnType<typeof photos>>
    const storedFiles = new Set<string>()
    let submissions = 0

    const b64 = (buffer: Buffer) => buffer.toString("base64")
    const requests = () => getContainer().resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function upload(auth: Auth, content: Buffer | string) {
      const answer = await statusOf(
        // axios caps request bodies at 10 MB by default; the server's own limit is under test.
        api.post(
          "/coordinator/product-requests/photos",
          { content: typeof content === "string" ? content : b64(content) },
          { ...auth, maxBodyLength: Number.POSITIVE_INFINITY }
        )
      )
      if (answer.data?.photo?.id) {
        const [record] = await requests().listProductRequestImages({ id: answer.data.photo.id })
        if (record) storedFiles.add(record.file_id)
      }
      return answer
    }

    const piece = (photoIds: string[], overrides: Record<string, unknown> = {}) => ({
      client_request_id: `pieza-${++submissions}-${Date.now()}`,
      title_es: "Huipil de fiesta de Zinacantán",
      story_es: "Tres tejedoras lo hicieron en telar de cintura durante dos meses, con flores bordadas a mano.",
      materials: "Algodón, hilo de seda, tintes naturales",
      technique: "Telar de cintura y bordado",
      producer_price_amount: 120_000,
      stock: 2,
      photo_ids: photoIds,
      ...overrides,
    })

    async function inviteAndAccept(cooperativeId: string, email: string, language: "es" | "en"): Promise<Auth> {
      const staff = { admin: fixture.admin, mailbox: mail.mailbox }
      return (
        await inviteCoordinator(api, staff, cooperativeId, { name: "Ana Pérez", email, preferred_language: language, password: PASSWORD })
      ).auth
    }

    /** Ana's request with two photos, sent; the photos' ids in order. */
    async function submitted(overrides: Record<string, unknown> = {}) {
      const first = await upload(ana, images.png)
      const second = await upload(ana, images.secondPng)
      const body = piece([first.data.photo.id, second.data.photo.id], overrides)
      const { data, status } = await api.post("/coordinator/product-requests", body, ana)
      expect(status).toBe(201)
      return { request: data.product_request, body }
    }

    const approval = {
      price_usd: 14_500,
      price_mxn: 250_000,
      title_en: "Zinacantán festival huipil",
      description_en: "Backstrap-loom woven.",
    }

    beforeAll(async () => {
      images = await photos()
      fixture = await createStoreFixture(getContainer(), api)
      const a = await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-a", name: "Tejedoras de Zinacantán" }), fixture.admin)
      const b = await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-b", name: "Alfareras de Amatenango" }), fixture.admin)
      coopA = { id: a.data.cooperative.id, locationId: a.data.cooperative.stock_location.id }
      coopB = b.data.cooperative.id
      ana = await inviteAndAccept(coopA.id, "ana@coop-a.test", "es")
      beto = await inviteAndAccept(coopB, "beto@coop-b.test", "en")
    })

    beforeEach(() => mail.mailbox.clear())

    afterAll(async () => {
      // Files live on disk, outside the database the runner resets: remove what this suite stored.
      await Promise.all([...storedFiles].map((key) => unlink(path.join(process.cwd(), "static", key)).catch(() => undefined)))
    })

    describe("photos", () => {
      it("stores a phone photo through the File module, upright, at most 1600 px, as WebP without its metadata", async () => {
        const { status, data } = await upload(ana, images.phoneJpeg)
        expect(status).toBe(201)
        expect(data).toEqual({
          replayed: false,
          photo: {
            id: expect.stringMatching(/^preqimg_/),
            url: expect.stringMatching(/\/static\/product-requests\/.+\.webp$/),
            width: 1200,
            height: 1600,
          },
        })
        const [record] = await requests().listProductRequestImages({ id: data.photo.id })
        expect(record).toMatchObject({ cooperative_id: coopA.id, mime_type: "image/webp", request_id: null })
        // Known to the File module, and on disk where its URL serves it.
        const file = await getContainer().resolve(Modules.FILE).retrieveFile(record.file_id)
        expect(file.url).toBe(data.photo.url)
        const served = await api.get(new URL(data.photo.url).pathname, { responseType: "arraybuffer" })
        const stored = await sharp(Buffer.from(served.data)).metadata()
        expect(stored).toMatchObject({ format: "webp", width: 1200, height: 1600 })
        expect(stored.exif).toBeUndefined()
        expect(Buffer.from(served.data).includes(Buffer.from("Ana Pérez"))).toBe(false)

        // The same photo again (a retry on a weak signal) is the same photo: no second file.
        const again = await upload(ana, images.phoneJpeg)
        expect(again).toEqual({ status: 200, data: { replayed: true, photo: data.photo } })
        expect(await requests().listProductRequestImages({ cooperative_id: coopA.id })).toHaveLength(1)
      })

      it.each([
        ["text that is no image", Buffer.from("hola, esto no es una foto").toString("base64"), 400, "Ese archivo no es una foto"],
        [
          "an SVG (not a photo format)",
          b64(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="900"/>')),
          400,
          "Ese archivo no es una foto",
        ],
        ["something that is no base64", "%%%no-base64%%%", 400, "Ese archivo no es una foto"],
        ["an empty upload", "", 400, "No llegó ninguna foto"],
      ])("refuses %s with a 4xx in the coordinator's Spanish, storing nothing", async (_case, content, status, message) => {
        const answer = await upload(ana, content)
        expect(answer.status).toBe(status)
        expect(answer.data.message).toContain(message)
        expect(await requests().listProductRequestImages({})).toHaveLength(0)
      })

      it("refuses a photo too small to show a piece, and one too heavy (413), in each coordinator's language", async () => {
        const small = await upload(ana, images.tiny)
        expect(small.status).toBe(400)
        expect(small.data.message).toBe("La foto es muy chica: debe medir al menos 400 píxeles por lado.")
        const smallEn = await upload(beto, images.tiny)
        expect(smallEn.data.message).toBe("The photo is too small: it needs at least 400 pixels on each side.")

        const heavy = await upload(ana, Buffer.alloc(13 * 1024 * 1024, 7))
        expect(heavy.status).toBe(413)
        expect(heavy.data.message).toBe("La foto pesa demasiado: el máximo es 12 MB.")
        expect(await requests().listProductRequestImages({})).toHaveLength(0)
      })

      it("takes no photo without a coordinator's login", async () => {
        expect((await statusOf(api.post("/coordinator/product-requests/photos", { content: b64(images.png) }))).status).toBe(401)
        expect((await statusOf(api.post("/coordinator/product-requests/photos", { content: b64(images.png) }, fixture.admin))).status).toBe(
          401
        )
      })
    })

    describe("proposing a piece", () => {
      it("creates a pending request with its photos in order; the same client_request_id again answers with it", async () => {
        const { request, body } = await submitted()
        expect(request).toMatchObject({
          id: expect.stringMatching(/^preq_/),
          client_request_id: body.client_request_id,
          status: "pending",
          revision: 1,
          title_es: body.title_es,
          story_es: body.story_es,
          materials: body.materials,
          technique: body.technique,
          producer_price: { amount: 120_000, currency_code: "mxn" },
          stock: 2,
          staff_comment: null,
          product: null,
        })
        expect(request.photos.map((photo: { id: string }) => photo.id)).toEqual(body.photo_ids)

        const replay = await api.post("/coordinator/product-requests", { ...body, title_es: "Otro nombre" }, ana)
        expect(replay.status).toBe(200)
        expect(replay.data).toEqual({ replayed: true, product_request: request })
        const { data: list } = await api.get("/coordinator/product-requests", ana)
        expect(list.count).toBe(1)
        expect(list.product_requests[0]).toEqual(request)
      })

      it("makes one request when the same submission arrives twice at once", async () => {
        const { data: photo } = await upload(ana, images.png)
        const body = piece([photo.photo.id])
        const [first, second] = await Promise.all([
          statusOf(api.post("/coordinator/product-requests", body, ana)),
          statusOf(api.post("/coordinator/product-requests", body, ana)),
        ])
        expect([first.status, second.status].sort()).toEqual([200, 201])
        expect(first.data.product_request.id).toBe(second.data.product_request.id)
        expect(await requests().listProductRequests({ cooperative_id: coopA.id })).toHaveLength(1)
      })

      it.each([
        ["no name", { title_es: "   " }, "Escribe el nombre de la pieza."],
        ["a price in pesos with decimals (not centavos)", { producer_price_amount: 1200.5 }, "Escribe el precio en pesos"],
        ["a price of 0", { producer_price_amount: 0 }, "Escribe el precio en pesos"],
        ["negative stock", { stock: -1 }, "Escribe cuántas piezas tienen"],
        ["no photo", { photo_ids: [] }, "Agrega al menos una foto de la pieza."],
        ["seven photos", { photo_ids: ["a", "b", "c", "d", "e", "f", "g"] }, "Puedes mandar hasta 6 fotos por pieza."],
        ["the same photo twice", { photo_ids: ["preqimg_1", "preqimg_1"] }, "Cada foto va una sola vez."],
        ["a missing client_request_id", { client_request_id: undefined }, "La solicitud llegó incompleta"],
        ["an unknown field", { cooperative_id: "coop_other" }, ""],
      ])("refuses %s with a 400 in Spanish and writes nothing", async (_case, change, message) => {
        const { data: photo } = await upload(ana, images.png)
        const answer = await statusOf(api.post("/coordinator/product-requests", piece([photo.photo.id], change), ana))
        expect(answer.status).toBe(400)
        expect(answer.data.message).toContain(message)
        expect(await requests().listProductRequests({})).toHaveLength(0)
      })

      it("answers an English-speaking coordinator in English", async () => {
        const answer = await statusOf(api.post("/coordinator/product-requests", piece([], { title_es: "" }), beto))
        expect(answer.status).toBe(400)
        expect(answer.data.message).toContain("Write the piece's name.")
      })

      it("refuses a photo id that is unknown or already used by another request, keeping nothing of the new one", async () => {
        const { request } = await submitted()
        const used = await statusOf(api.post("/coordinator/product-requests", piece([request.photos[0].id]), ana))
        expect(used.status).toBe(404)
        expect(used.data.message).toBe("Una de las fotos ya no está. Vuelve a subirla.")
        const unknown = await statusOf(api.post("/coordinator/product-requests", piece(["preqimg_nope"]), ana))
        expect(unknown.status).toBe(404)
        expect(await requests().listProductRequests({})).toHaveLength(1)
      })
    })

    describe("one cooperative's requests are its own", () => {
      it("hides A's requests and photos from B on every route (tried: list, get, resubmit, create with A's photo); no write", async () => {
        const { request } = await submitted()
        const { data: spare } = await upload(ana, images.phoneJpeg)

        const { data: listB } = await api.get("/coordinator/product-requests", beto)
        expect(listB).toMatchObject({ count: 0, product_requests: [] })
        const get = await statusOf(api.get(`/coordinator/product-requests/${request.id}`, beto))
        expect(get.status).toBe(404)
        const resubmit = await statusOf(
          api.post(
            `/coordinator/product-requests/${request.id}/resubmit`,
            { ...piece([spare.photo.id]), client_request_id: undefined, revision: 1 },
            beto
          )
        )
        expect(resubmit.status).toBe(404)
        const steal = await statusOf(api.post("/coordinator/product-requests", piece([spare.photo.id]), beto))
        expect(steal.status).toBe(404)
        expect(steal.data.message).toBe("One of the photos is gone. Upload it again.")

        // Nothing moved: A's request and spare photo are as they were, B has nothing.
        expect(await requests().listProductRequests({ cooperative_id: coopB })).toHaveLength(0)
        const [photo] = await requests().listProductRequestImages({ id: spare.photo.id })
        expect(photo.request_id).toBeNull()
        const { data: mine } = await api.get(`/coordinator/product-requests/${request.id}`, ana)
        expect(mine.product_request).toEqual(request)
      })

      it("keeps staff's routes for staff", async () => {
        const { request } = await submitted()
        for (const attempt of [
          api.get("/admin/product-requests", ana),
          api.post(`/admin/product-requests/${request.id}/approve`, approval, ana),
          api.post(`/admin/product-requests/${request.id}/return`, { comment: "Aprobado por mí mismo" }, ana),
        ]) {
          expect((await statusOf(attempt)).status).toBe(401)
        }
        const { data } = await api.get(`/admin/product-requests/${request.id}`, fixture.admin)
        expect(data.product_request.status).toBe("pending")
      })
    })

    describe("staff review", () => {
      it("lists what waits, with the cooperative and coordinator, filtered by status", async () => {
        const { request } = await submitted()
        const { data } = await api.get("/admin/product-requests?status=pending", fixture.admin)
        expect(data.count).toBe(1)
        expect(data.product_requests[0]).toMatchObject({
          id: request.id,
          cooperative: { id: coopA.id, name: "Tejedoras de Zinacantán" },
          coordinator: { name: "Ana Pérez", email: "ana@coop-a.test" },
        })
        const { data: approved } = await api.get("/admin/product-requests?status=approved", fixture.admin)
        expect(approved.count).toBe(0)
        expect((await statusOf(api.get("/admin/product-requests?status=lost", fixture.admin))).status).toBe(400)
        expect((await statusOf(api.get("/admin/product-requests/preq_missing", fixture.admin))).status).toBe(404)
      })

      it("returns a request with a comment: the coordinator sees it and is mailed in Spanish; a changed version goes back to pending", async () => {
        const { request, body } = await submitted()
        const comment = "La foto está oscura. Manda una con luz de día, por favor."
        const returned = await api.post(`/admin/product-requests/${request.id}/return`, { comment }, fixture.admin)
        expect(returned.data.product_request).toMatchObject({ status: "returned", staff_comment: comment })

        const { data: seen } = await api.get(`/coordinator/product-requests/${request.id}`, ana)
        expect(seen.product_request).toMatchObject({ status: "returned", staff_comment: comment, revision: 1 })
        const message = await mail.mailbox.waitForMail({ to: "ana@coop-a.test" })
        expect(message.subject).toBe("Tu propuesta «Huipil de fiesta de Zinacantán» necesita cambios")
        expect(message.text).toContain(`> ${comment}`)
        expect(message.text).toContain("http://localhost:8000/es/cooperativa/propuestas")

        // Returning it again is refused; nothing new is mailed.
        const twice = await statusOf(api.post(`/admin/product-requests/${request.id}/return`, { comment: "Otra vez" }, fixture.admin))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/was returned to the coordinator/)

        // Changed and sent again: pending, revision 2, comment cleared; an old revision is refused.
        const { data: brighter } = await upload(ana, images.phoneJpeg)
        const fields = { ...body, client_request_id: undefined, photo_ids: [brighter.photo.id, body.photo_ids[1]] }
        const unversioned = await statusOf(api.post(`/coordinator/product-requests/${request.id}/resubmit`, fields, ana))
        expect(unversioned.status).toBe(400)
        expect(unversioned.data.message).toMatch(
          /^No sabemos qué versión de la propuesta cambiaste\. Recarga la página y vuelve a intentarlo\./
        )
        const resent = await api.post(`/coordinator/product-requests/${request.id}/resubmit`, { ...fields, revision: 1 }, ana)
        expect(resent.data.product_request).toMatchObject({ status: "pending", revision: 2, staff_comment: null })
        expect(resent.data.product_request.photos.map((photo: { id: string }) => photo.id)).toEqual(fields.photo_ids)
        const stale = await statusOf(api.post(`/coordinator/product-requests/${request.id}/resubmit`, { ...fields, revision: 1 }, ana))
        expect(stale.status).toBe(400)
        expect(stale.data.message).toBe("Esta propuesta no se puede cambiar ahora: solo las que el equipo regresó.")
        // The photo it no longer uses is free again.
        const [dropped] = await requests().listProductRequestImages({ id: body.photo_ids[0] })
        expect(dropped.request_id).toBeNull()

        // A second return mails again (a new revision): exactly two mails in all.
        await api.post(`/admin/product-requests/${request.id}/return`, { comment: "Falta el precio por pieza." }, fixture.admin)
        await mail.mailbox.waitForMail({ to: "ana@coop-a.test", subject: /necesita cambios/, timeoutMs: 10_000 })
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(mail.mailbox.messages().filter((m) => m.to.includes("ana@coop-a.test"))).toHaveLength(2)
      })

      it("mails an English-speaking coordinator in English", async () => {
        const { data: photo } = await upload(beto, images.secondPng)
        const { data } = await api.post("/coordinator/product-requests", piece([photo.photo.id], { title_es: "Jarra de barro" }), beto)
        await api.post(`/admin/product-requests/${data.product_request.id}/return`, { comment: "Add the size." }, fixture.admin)
        const message = await mail.mailbox.waitForMail({ to: "beto@coop-b.test" })
        expect(message.subject).toBe('Your proposal "Jarra de barro" needs changes')
        expect(message.text).toContain("/en/cooperative/requests")
      })

      it("approves: a published product of the cooperative, stocked at its location, with its producer price, photos and Spanish text; once only", async () => {
        const { request } = await submitted()
        const { data, status } = await api.post(`/admin/product-requests/${request.id}/approve`, approval, fixture.admin)
        expect(status).toBe(200)
        expect(data.product_request).toMatchObject({ status: "approved", product: { id: expect.stringMatching(/^prod_/) } })
        const productId = data.product_request.product.id

        const { data: products } = await query().graph({
          entity: "product",
          fields: [
            "id",
            "title",
            "handle",
            "status",
            "thumbnail",
            "images.url",
            "metadata",
            "cooperative.id",
            "sales_channels.id",
            "variants.id",
            "variants.producer_price.amount",
            "variants.producer_price.currency_code",
            "variants.prices.amount",
            "variants.prices.currency_code",
            "variants.inventory_items.inventory.location_levels.location_id",
            "variants.inventory_items.inventory.location_levels.stocked_quantity",
          ],
          filters: { id: productId },
        })
        const product = products[0] as any
        expect(product).toMatchObject({
          title: "Zinacantán festival huipil",
          status: "published",
          thumbnail: request.photos[0].url,
          cooperative: { id: coopA.id },
          metadata: expect.objectContaining({ technique_es: "Telar de cintura y bordado", product_request_id: request.id }),
        })
        expect(product.handle).toMatch(/^zinacantan-festival-huipil-/)
        expect(product.images.map((image: { url: string }) => image.url).sort()).toEqual(
          request.photos.map((photo: any) => photo.url).sort()
        )
        expect(product.sales_channels.map((channel: any) => channel.id)).toContain(fixture.salesChannelId)
        const [variant] = product.variants
        expect(Number(variant.producer_price.amount)).toBe(1200)
        expect(variant.producer_price.currency_code).toBe("mxn")
        expect(variant.prices.map((price: any) => [price.currency_code, Number(price.amount)]).sort()).toEqual([
          ["mxn", 2500],
          ["usd", 145],
        ])
        expect(variant.inventory_items[0].inventory.location_levels).toEqual([
          expect.objectContaining({ location_id: coopA.locationId, stocked_quantity: 2 }),
        ])

        // Shoppers see it, in Spanish on the Spanish shop.
        const { data: store } = await api.get(`/store/products?handle=${product.handle}`, fixture.store)
        expect(store.products.map((item: any) => item.id)).toEqual([productId])
        const { data: spanish } = await api.get(`/store/products?handle=${product.handle}`, {
          headers: { ...fixture.store.headers, "x-medusa-locale": "es-MX" },
        })
        expect(spanish.products[0]).toMatchObject({
          title: "Huipil de fiesta de Zinacantán",
          material: "Algodón, hilo de seda, tintes naturales",
        })

        // The coordinator sees it approved, on the shelf, and is mailed once, in Spanish.
        const { data: seen } = await api.get(`/coordinator/product-requests/${request.id}`, ana)
        expect(seen.product_request).toMatchObject({ status: "approved", product: { id: productId, handle: product.handle } })
        const { data: shelf } = await api.get("/coordinator/products", ana)
        expect(shelf.products.map((item: any) => item.id)).toContain(productId)
        const message = await mail.mailbox.waitForMail({ to: "ana@coop-a.test" })
        expect(message.subject).toBe("«Huipil de fiesta de Zinacantán» ya está en la tienda de Telar")
        expect(message.text).toContain(`http://localhost:8000/es/products/${product.handle}`)

        // Twice: refused, and still one product.
        const again = await statusOf(api.post(`/admin/product-requests/${request.id}/approve`, approval, fixture.admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("was approved already")
        const { data: all } = await query().graph({ entity: "product", fields: ["id", "metadata"] })
        expect(all.filter((item: any) => item.metadata?.product_request_id === request.id)).toHaveLength(1)
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(mail.mailbox.messages().filter((m) => m.to.includes("ana@coop-a.test"))).toHaveLength(1)
      })

      it("makes one product when two staff approve at once", async () => {
        const { request } = await submitted()
        const answers = await Promise.all([
          statusOf(api.post(`/admin/product-requests/${request.id}/approve`, approval, fixture.admin)),
          statusOf(api.post(`/admin/product-requests/${request.id}/approve`, approval, fixture.admin)),
        ])
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
        const { data: all } = await query().graph({ entity: "product", fields: ["id", "metadata"] })
        expect(all.filter((item: any) => item.metadata?.product_request_id === request.id)).toHaveLength(1)
      })

      it.each([
        ["an MXN price under the producer price", { ...approval, price_mxn: 100_000 }, /does not cover the producer price/],
        ["an unknown category", { ...approval, category_id: "pcat_missing" }, /no category/],
      ])("refuses %s and writes nothing: no product, still pending", async (_case, body, message) => {
        const { request } = await submitted()
        const answer = await statusOf(api.post(`/admin/product-requests/${request.id}/approve`, body, fixture.admin))
        expect(answer.status).toBe(400)
        expect(answer.data.message).toMatch(message)
        const { data: all } = await query().graph({ entity: "product", fields: ["id", "metadata"] })
        expect(all.filter((item: any) => item.metadata?.product_request_id === request.id)).toHaveLength(0)
        const { data } = await api.get(`/admin/product-requests/${request.id}`, fixture.admin)
        expect(data.product_request.status).toBe("pending")
      })

      it("refuses shopper prices given as decimals rather than minor units", async () => {
        const { request } = await submitted()
        const answer = await statusOf(
          api.post(`/admin/product-requests/${request.id}/approve`, { ...approval, price_usd: 145.5 }, fixture.admin)
        )
        expect(answer.status).toBe(400)
        expect(answer.data.message).toMatch(/'int' for field 'price_usd'/)
      })
    })
  },
})
