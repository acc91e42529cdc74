import { seedCatalog } from "../../../src/scripts/seed-catalog"
import { LINE_ITEM_OPTION_FIELDS } from "../../../src/api/store/line-item-options"
import { checkoutDriver } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(300 * 1000)

const stripeHandle = stripeEmulatorForSuite()

const SPANISH = { "x-medusa-locale": "es-MX" }
/** What the storefront asks of cart and order lines to name their options. */
const LINE_FIELDS = LINE_ITEM_OPTION_FIELDS.map((field) => `+${field}`).join(",")

type Line = {
  variant?: { options?: { value: string; option_id: string }[] }
  product?: { options?: { id: string; title: string }[] }
}
/** "Title: value" of each option of a line, as the storefront shows it. */
const optionsOf = (line: Line) =>
  (line.variant?.options ?? []).map((value) => {
    const option = line.product?.options?.find((candidate) => candidate.id === value.option_id)
    return `${option?.title}: ${value.value}`
  })

// The demo catalogue, seeded as `npm start` seeds it, read through the store API in Spanish.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: Awaited<ReturnType<typeof createStoreFixture>>
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const spanish = () => ({ headers: { ...store.headers, ...SPANISH } })

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      store = fixture.store
      admin = fixture.admin
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      await seedCatalog(getContainer() as any, { salesChannelId: fixture.salesChannelId })
    })

    const product = async (
      handle: string,
      config: { headers: Record<string, string> },
      fields = "material,metadata,*options,*options.values,*variants,*variants.options"
    ) => {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=${fields}`, config)
      return data.products[0]
    }

    it("answers a piece's materials, option names and values in Spanish, and its technique beside the English", async () => {
      const piece = await product("rebozo-lana-chamula", spanish())
      expect(piece.material).toBe("Lana de borrego sin teñir")
      expect(piece.metadata.technique).toBe("Hand spinning, backstrap loom weaving, fulling")
      expect(piece.metadata.technique_es).toBe("Hilado a mano, tejido en telar de cintura, abatanado")
      expect(piece.options.map((option: any) => option.title)).toEqual(["Color"])
      expect(piece.options[0].values.map((value: any) => value.value).sort()).toEqual(["Café", "Crema", "Negro"])
      expect(piece.variants.map((variant: any) => variant.title).sort()).toEqual(["Café", "Crema", "Negro"])

      const english = await product("rebozo-lana-chamula", store)
      expect(english.material).toBe("Undyed sheep's wool")
      expect(english.options[0].values.map((value: any) => value.value).sort()).toEqual(["Black", "Brown", "Cream"])
    })

    // One assertion per list names every case that fails (a test per case would cost a database restore each).
    it("names every option of the catalogue in Spanish, except the hidden Default", async () => {
      const { data } = await api.get("/store/products?limit=200&fields=handle,*options,*options.values", spanish())
      const titles = new Set<string>(data.products.flatMap((piece: any) => piece.options.map((option: any) => option.title)))
      expect(titles).toEqual(
        new Set(["Default", "Talla", "Color", "Largo", "Diámetro", "Comensales", "Juego", "Talla de anillo (EE. UU.)"])
      )
      const values = new Set<string>(
        data.products.flatMap((piece: any) => piece.options.flatMap((option: any) => option.values.map((value: any) => value.value)))
      )
      const spanishValues = ["Juego de 4", "6 comensales", "Grana cochinilla", "Chica", "4 años", "Rojo sobre blanco"]
      expect(spanishValues.filter((value) => !values.has(value))).toEqual([])
      const englishValues = ["Set of 4", "6 seats", "Cochineal", "Small", "4 years", "Red on white", "Black"]
      expect(englishValues.filter((value) => values.has(value))).toEqual([])
    })

    it("gives each cooperative's crafts and each artisan's specialty in Spanish", async () => {
      const { data } = await api.get("/store/cooperatives/nichim-pok", store)
      expect(data.cooperative.crafts).toEqual(["backstrap loom weaving", "floral embroidery"])
      expect(data.cooperative.crafts_es).toEqual(["tejido en telar de cintura", "bordado floral"])
      const maruch = data.cooperative.artisans.find((artisan: any) => artisan.handle === "maruch-perez-hernandez")
      expect(maruch).toMatchObject({ craft: "Floral embroidery", craft_es: "Bordado floral" })

      const { data: list } = await api.get("/store/cooperatives", store)
      expect(list.cooperatives.every((cooperative: any) => cooperative.crafts_es.length === cooperative.crafts.length)).toBe(true)

      const piece = await product("rebozo-lana-chamula", store, "handle,+artisans.*")
      expect(piece.artisans.length).toBeGreaterThan(0)
      expect(piece.artisans.every((artisan: any) => typeof artisan.craft_es === "string" && artisan.craft_es.length > 0)).toBe(true)
    })

    it("takes crafts_es and craft_es from staff, one Spanish craft per craft", async () => {
      const { data: created } = await api.post(
        "/admin/cooperatives",
        cooperativeBody({ crafts: ["backstrap loom", "embroidery"], crafts_es: ["telar de cintura", "bordado"] }),
        admin
      )
      const id = created.cooperative.id
      expect(created.cooperative.crafts_es).toEqual(["telar de cintura", "bordado"])

      const mismatched = await api
        .post(`/admin/cooperatives/${id}`, { crafts: ["embroidery"] }, admin)
        .catch((error: any) => error.response)
      expect(mismatched.status).toBe(400)
      expect(mismatched.data.message).toMatch(/crafts_es/)
      const { data: updated } = await api.post(`/admin/cooperatives/${id}`, { crafts: ["embroidery"], crafts_es: ["bordado"] }, admin)
      expect(updated.cooperative.crafts_es).toEqual(["bordado"])

      const { data: artisan } = await api.post(
        `/admin/cooperatives/${id}/artisans`,
        { handle: "ana-prueba", name: "Ana Prueba", craft: "Embroidery", craft_es: "Bordado" },
        admin
      )
      expect(artisan.artisan.craft_es).toBe("Bordado")
      const { data: edited } = await api.post(
        `/admin/cooperatives/${id}/artisans/${artisan.artisan.id}`,
        { craft_es: "Bordado a mano" },
        admin
      )
      expect(edited.artisan.craft_es).toBe("Bordado a mano")
    })

    it("names a cart line's and an order line's options in the shopper's language", async () => {
      const piece = await product("rebozo-lana-chamula", store, "id,*variants,*variants.options")
      const brown = piece.variants.find((variant: any) => variant.options[0].value === "Brown")
      const shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      const cartId = await shop.cartWith([[brown.id, 1]])

      const { data: english } = await api.get(`/store/carts/${cartId}?fields=${LINE_FIELDS}`, store)
      expect(optionsOf(english.cart.items[0])).toEqual(["Colour: Brown"])
      const { data: inSpanish } = await api.post(
        `/store/carts/${cartId}?fields=${LINE_FIELDS},+items.variant_title`,
        { locale: "es-MX" },
        spanish()
      )
      expect(optionsOf(inSpanish.cart.items[0])).toEqual(["Color: Café"])
      // Medusa re-translates the line's own copy of the variant title when the cart's language changes.
      expect(inSpanish.cart.items[0].variant_title).toBe("Café")

      await shop.payWith(cartId, "pm_card_visa")
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      const { data: order } = await api.get(`/store/orders/${completed.order.id}?fields=${LINE_FIELDS},+items.variant_title`, spanish())
      expect(optionsOf(order.order.items[0])).toEqual(["Color: Café"])
      expect(order.order.items[0].variant_title).toBe("Café")
      const { data: orderInEnglish } = await api.get(`/store/orders/${completed.order.id}?fields=${LINE_FIELDS}`, store)
      expect(optionsOf(orderInEnglish.order.items[0])).toEqual(["Colour: Brown"])
    })
  },
})
