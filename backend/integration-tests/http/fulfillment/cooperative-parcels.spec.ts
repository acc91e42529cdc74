import { Modules } from "@medusajs/framework/utils"
import { checkoutDriver } from "../../helpers/checkout"
import { statusOf } from "../../helpers/http"
import { cooperativeBody, createStoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(180 * 1000)

const stripeHandle = stripeEmulatorForSuite()

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let orderId: string
    let weavers: string
    let potters: string
    let huipil: { inventoryItemId: string; locationId: string }
    let jarra: { inventoryItemId: string; locationId: string }

    const level = async (piece: { inventoryItemId: string; locationId: string }) => {
      const [found] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: piece.inventoryItemId, location_id: piece.locationId })
      return { stocked: Number(found.stocked_quantity), reserved: Number(found.reserved_quantity) }
    }

    beforeAll(async () => {
      const fixture = await createStoreFixture(getContainer(), api)
      admin = fixture.admin
      const shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      weavers = (await api.post("/admin/cooperatives", cooperativeBody(), admin)).data.cooperative.id
      potters = (
        await api.post(
          "/admin/cooperatives",
          cooperativeBody({ handle: "alfareras", name: "Alfareras de Amatenango", community: "Amatenango del Valle" }),
          admin
        )
      ).data.cooperative.id
      huipil = await shop.createPiece(weavers, "huipil", 3, 120)
      jarra = await shop.createPiece(potters, "jarra", 4, 30)
      const cartId = await shop.cartWith([
        [(huipil as any).variantId, 1],
        [(jarra as any).variantId, 2],
      ])
      await shop.payWith(cartId)
      const completed = await shop.complete(cartId)
      orderId = completed.order.id
    })

    it("lists one parcel per cooperative, each with its own location and shipping method", async () => {
      const { data } = await api.get(`/admin/orders/${orderId}/cooperative-parcels`, admin)
      const byCooperative = Object.fromEntries(data.parcels.map((parcel: any) => [parcel.cooperative.id, parcel]))
      expect(byCooperative[weavers]).toMatchObject({
        location_id: huipil.locationId,
        items: [{ title: "huipil", quantity: 1, remaining: 1 }],
      })
      expect(byCooperative[potters]).toMatchObject({
        location_id: jarra.locationId,
        items: [{ title: "jarra", quantity: 2, remaining: 2 }],
      })
      expect(byCooperative[weavers].shipping_option_id).toBeTruthy()
      expect(byCooperative[potters].shipping_option_id).not.toBe(byCooperative[weavers].shipping_option_id)
    })

    it("fulfills each cooperative's parcel from its own location, once", async () => {
      expect(await level(huipil)).toEqual({ stocked: 3, reserved: 1 })
      const first = await api.post(`/admin/orders/${orderId}/cooperative-parcels`, { cooperative_id: weavers }, admin)
      expect(first.data.fulfillment.location_id).toBe(huipil.locationId)
      expect(await level(huipil)).toEqual({ stocked: 2, reserved: 0 })
      expect(await level(jarra)).toEqual({ stocked: 4, reserved: 2 })
      const weaversParcel = first.data.parcels.find((parcel: any) => parcel.cooperative.id === weavers)
      expect(weaversParcel.items[0]).toMatchObject({ fulfilled_quantity: 1, remaining: 0 })

      const again = await statusOf(api.post(`/admin/orders/${orderId}/cooperative-parcels`, { cooperative_id: weavers }, admin))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already been fulfilled/)

      const second = await api.post(`/admin/orders/${orderId}/cooperative-parcels`, { cooperative_id: potters }, admin)
      expect(second.data.fulfillment.location_id).toBe(jarra.locationId)
      expect(await level(jarra)).toEqual({ stocked: 2, reserved: 0 })
      const { data } = await api.get(`/admin/orders/${orderId}?fields=fulfillment_status,fulfillments.location_id`, admin)
      expect(data.order.fulfillment_status).toBe("fulfilled")
      expect(data.order.fulfillments.map((fulfillment: any) => fulfillment.location_id).sort()).toEqual(
        [huipil.locationId, jarra.locationId].sort()
      )
    })

    it("lets Medusa's own route fulfill one cooperative's pieces from that cooperative's location", async () => {
      const { data: parcels } = await api.get(`/admin/orders/${orderId}/cooperative-parcels`, admin)
      const potters_ = parcels.parcels.find((parcel: any) => parcel.cooperative.id === potters)
      const answer = await statusOf(
        api.post(
          `/admin/orders/${orderId}/fulfillments`,
          {
            location_id: potters_.location_id,
            shipping_option_id: potters_.shipping_option_id,
            items: potters_.items.map((item: any) => ({ id: item.id, quantity: item.remaining })),
          },
          admin
        )
      )
      expect(answer.status).toBe(200)
      expect(await level(jarra)).toEqual({ stocked: 2, reserved: 0 })
    })

    it("answers a clear 4xx for a cooperative not in the order and for a missing cooperative", async () => {
      const stranger = await statusOf(api.post(`/admin/orders/${orderId}/cooperative-parcels`, { cooperative_id: "coop_nobody" }, admin))
      expect(stranger.status).toBe(404)
      expect(stranger.data.message).toMatch(/no pieces from cooperative/)
      const missing = await statusOf(api.post(`/admin/orders/${orderId}/cooperative-parcels`, {}, admin))
      expect(missing.status).toBe(400)
      const unknownOrder = await statusOf(api.get("/admin/orders/order_missing/cooperative-parcels", admin))
      expect(unknownOrder.status).toBe(404)
    })
  },
})
