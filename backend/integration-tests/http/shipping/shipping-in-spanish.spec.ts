import { Modules } from "@medusajs/framework/utils"
import shippingOptionsInSpanish from "../../../src/migration-scripts/shipping-options-in-spanish"
import { checkoutDriver } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(180 * 1000)

const stripeHandle = stripeEmulatorForSuite()

const ADDRESS = {
  first_name: "Ana",
  last_name: "López",
  address_1: "100 Main St",
  city: "Austin",
  province: "TX",
  postal_code: "78701",
  country_code: "us",
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    const cooperatives: { id: string; handle: string; name: string }[] = []
    const variants: string[] = []

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      const bodies = [
        cooperativeBody(),
        cooperativeBody({ handle: "alfareras", name: "Alfareras de Amatenango", community: "Amatenango del Valle" }),
      ]
      for (const [index, body] of bodies.entries()) {
        const { data } = await api.post("/admin/cooperatives", body, fixture.admin)
        cooperatives.push({ id: data.cooperative.id, handle: data.cooperative.handle, name: data.cooperative.name })
        variants.push((await shop.createPiece(data.cooperative.id, `pieza-${index}`, 5, 40)).variantId)
      }
    })

    /** A cart of one piece from each cooperative, shipping address set, in `locale`. */
    async function cartIn(locale: string) {
      const { data } = await api.post("/store/carts", { region_id: fixture.usdRegionId, locale }, fixture.store)
      const cartId = data.cart.id as string
      for (const variantId of variants) {
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, fixture.store)
      }
      await api.post(`/store/carts/${cartId}`, { email: "ana@example.org", shipping_address: ADDRESS }, fixture.store)
      return cartId
    }

    const methodNames = async (cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=*shipping_methods`, fixture.store)
      return (data.cart.shipping_methods as { name: string }[]).map((method) => method.name)
    }

    it("names a Spanish cart's shipping options and methods in Spanish, and keeps the order's in Spanish", async () => {
      const cartId = await cartIn("es-MX")
      const { data: plan } = await api.get(`/store/carts/${cartId}/shipping-plan`, fixture.store)
      const names = plan.groups.flatMap((group: any) => group.options.map((option: any) => `${option.speed}:${option.name}`))
      expect(new Set(names)).toEqual(new Set(["standard:Estándar", "express:Exprés"]))

      await shop.payWith(cartId, "pm_card_visa")
      expect(await methodNames(cartId)).toEqual(["Estándar", "Estándar"])
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      const { data } = await api.get(`/store/orders/${completed.order.id}?fields=*shipping_methods`, fixture.store)
      expect(data.order.shipping_methods.map((method: any) => method.name)).toEqual(["Estándar", "Estándar"])
    })

    it("keeps English names for an English cart and renames the methods when the cart turns Spanish", async () => {
      const cartId = await cartIn("en-US")
      await api.post(`/store/carts/${cartId}/shipping-plan`, { speed: "express" }, fixture.store)
      expect(await methodNames(cartId)).toEqual(["Express", "Express"])
      await api.post(`/store/carts/${cartId}`, { locale: "es-MX" }, fixture.store)
      expect(await methodNames(cartId)).toEqual(["Exprés", "Exprés"])
    })

    it("says which cooperative ships each of an order's shipping methods, and at which speed", async () => {
      const cartId = await cartIn("en-US")
      const { data: plan } = await api.get(`/store/carts/${cartId}/shipping-plan`, fixture.store)
      const cooperativeOfOption = new Map<string, string>(
        plan.groups.flatMap((group: any) => group.options.map((option: any) => [option.id, group.cooperative.id]))
      )
      await shop.payWith(cartId, "pm_card_visa")
      const completed = await shop.complete(cartId)
      const { data: order } = await api.get(`/store/orders/${completed.order.id}?fields=*shipping_methods`, fixture.store)
      const { data } = await api.get(`/store/orders/${completed.order.id}/parcels`, fixture.store)

      expect(data.parcels).toHaveLength(2)
      for (const method of order.order.shipping_methods) {
        const parcel = data.parcels.find((candidate: any) => candidate.shipping_method_id === method.id)
        expect(parcel.speed).toBe("standard")
        expect(parcel.cooperative.id).toBe(cooperativeOfOption.get(method.shipping_option_id))
      }
      expect(data.parcels.map((parcel: any) => parcel.cooperative).sort((a: any, b: any) => a.name.localeCompare(b.name))).toEqual(
        [...cooperatives].sort((a, b) => a.name.localeCompare(b.name))
      )
      // Nothing private about the cooperative travels with it.
      expect(Object.keys(data.parcels[0].cooperative).sort()).toEqual(["handle", "id", "name"])

      const missing = await api.get("/store/orders/order_01NOPE/parcels", fixture.store).catch((error: any) => error.response)
      expect(missing.status).toBe(404)
    })

    it("translates the options of cooperatives created before, once, with the migration script", async () => {
      const translation = getContainer().resolve(Modules.TRANSLATION)
      const query = getContainer().resolve("query")
      const { data: all } = await query.graph({ entity: "shipping_option", fields: ["id", "type.id", "type.code"] })
      const options = all.filter((option: any) => ["standard", "express"].includes(option.type?.code))
      expect(options).toHaveLength(2 * 2 * cooperatives.length)
      const ids = options.flatMap((option: any) => [option.id, option.type.id])
      const before = await translation.listTranslations({ reference_id: ids, locale_code: "es-MX" }, { take: null })
      expect(before).toHaveLength(ids.length)

      // A shop from before: one cooperative's options have no Spanish names.
      const forgotten = before.filter((row) => row.reference_id === options[0].id || row.reference_id === options[0].type.id)
      await translation.deleteTranslations(forgotten.map((row) => row.id))

      await shippingOptionsInSpanish({ container: getContainer() } as any)
      await shippingOptionsInSpanish({ container: getContainer() } as any)
      const after = await translation.listTranslations({ reference_id: ids, locale_code: "es-MX" }, { take: null })
      expect(after).toHaveLength(ids.length)
      const restored = after.find((row) => row.reference_id === options[0].id)
      expect(["Estándar", "Exprés"]).toContain(restored?.translations?.name)
    })
  },
})
