import { Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { checkoutDriver } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { statusOf } from "../../helpers/http"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

type Piece = { variantId: string; inventoryItemId: string; locationId: string; productId: string }
/** A row of GET /admin/cooperatives/:id/stock-changes. */
type StockChangeRow = {
  id: string
  created_at: string
  source: string
  actor_type: string
  actor_id: string
  client_mutation_id: string
  variant_id: string
  location_id: string
  outcome: string
  previous_quantity: number
  new_quantity: number
  reserved_quantity: number
}
type LevelRow = { id: string; location_id: string }

// Staff change stock through Medusa's own inventory routes (the dashboard's inventory screens):
// at a cooperative's location each change is recorded as the portal records a coordinator's.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let coop: string
    let huipil: Piece
    let jarra: Piece
    /** Telar's own warehouse: a stock location no cooperative keeps. */
    let warehouse: string
    let staffId: string

    const level = async (inventoryItemId: string, locationId: string) => {
      const [found] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
      return found ? Number(found.stocked_quantity) : null
    }
    const stockChanges = async (): Promise<{ stock_changes: StockChangeRow[]; count: number }> =>
      (await api.get(`/admin/cooperatives/${coop}/stock-changes?limit=50`, fixture.admin)).data
    /** Every stock change of every cooperative, straight from the module. */
    const everyChange = () => getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE).listStockChanges({})
    const counts = (changes: StockChangeRow[]) => changes.map((change) => [change.previous_quantity, change.new_quantity])

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      const driver = checkoutDriver(api as any, fixture, null)
      const created = await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-a", name: "Cooperativa A" }), fixture.admin)
      coop = created.data.cooperative.id
      huipil = await driver.createPiece(coop, "huipil-a", 5, 90)
      jarra = await driver.createPiece(coop, "jarra-a", 2, 40)
      const { data } = await api.post("/admin/stock-locations", { name: "Bodega de Telar" }, fixture.admin)
      warehouse = data.stock_location.id
      await api.post(
        `/admin/inventory-items/${huipil.inventoryItemId}/location-levels`,
        { location_id: warehouse, stocked_quantity: 20 },
        fixture.admin
      )
      staffId = (await api.get("/admin/users/me", fixture.admin)).data.user.id
    })

    it("records a staff change at a cooperative's location: who, from what to what, source admin, visible to staff", async () => {
      // Setting a piece up (its first level) is no change of a count anyone saw.
      expect((await stockChanges()).count).toBe(0)

      const path = `/admin/inventory-items/${huipil.inventoryItemId}/location-levels/${huipil.locationId}`
      const first = await api.post(path, { stocked_quantity: 9 }, fixture.admin)
      expect(first.status).toBe(200)
      expect(first.data.inventory_item.id).toBe(huipil.inventoryItemId)
      expect(await level(huipil.inventoryItemId, huipil.locationId)).toBe(9)

      const { stock_changes, count } = await stockChanges()
      expect(count).toBe(1)
      expect(stock_changes[0]).toMatchObject({
        source: "admin",
        actor_type: "user",
        actor_id: staffId,
        outcome: "applied",
        variant_id: huipil.variantId,
        location_id: huipil.locationId,
        previous_quantity: 5,
        new_quantity: 9,
        reserved_quantity: 0,
      })
      expect(stock_changes[0].client_mutation_id).toMatch(/^admin:/)
      expect(new Date(stock_changes[0].created_at).getTime()).toBeGreaterThan(Date.now() - 60_000)
      expect(await everyChange()).toEqual([
        expect.objectContaining({ id: stock_changes[0].id, cooperative_id: coop, inventory_item_id: huipil.inventoryItemId }),
      ])

      // The next change starts from the count the last one left; the same count again, or only
      // incoming units, move nothing and record nothing.
      await api.post(path, { stocked_quantity: 3 }, fixture.admin)
      await api.post(path, { stocked_quantity: 3 }, fixture.admin)
      await api.post(path, { incoming_quantity: 4 }, fixture.admin)
      const after = await stockChanges()
      expect(after.count).toBe(2)
      expect(counts(after.stock_changes)).toEqual([
        [9, 3],
        [5, 9],
      ])
    })

    it("records two staff changes of one level made at once one after the other, each from the count the other left", async () => {
      const path = `/admin/inventory-items/${huipil.inventoryItemId}/location-levels/${huipil.locationId}`
      const answers = await Promise.all([
        statusOf(api.post(path, { stocked_quantity: 7 }, fixture.admin)),
        statusOf(api.post(path, { stocked_quantity: 11 }, fixture.admin)),
      ])
      expect(answers.map((answer) => answer.status)).toEqual([200, 200])
      const { stock_changes } = await stockChanges()
      expect(stock_changes).toHaveLength(2)
      // Read without the items' lock, both would say "from 5".
      const [first, second] = [...stock_changes].sort((a, b) => Number(b.previous_quantity === 5) - Number(a.previous_quantity === 5))
      expect(first.previous_quantity).toBe(5)
      expect(second.previous_quantity).toBe(first.new_quantity)
      expect(await level(huipil.inventoryItemId, huipil.locationId)).toBe(second.new_quantity)
    })

    it("records each level a batch changes at a cooperative's location, and nothing at a location no cooperative keeps", async () => {
      const batch = await api.post(
        "/admin/inventory-items/location-levels/batch",
        {
          update: [
            { inventory_item_id: huipil.inventoryItemId, location_id: huipil.locationId, stocked_quantity: 7 },
            { inventory_item_id: huipil.inventoryItemId, location_id: warehouse, stocked_quantity: 50 },
            { inventory_item_id: jarra.inventoryItemId, location_id: jarra.locationId, stocked_quantity: 1 },
          ],
        },
        fixture.admin
      )
      expect(batch.status).toBe(200)
      expect(await level(huipil.inventoryItemId, warehouse)).toBe(50)
      let changes = (await stockChanges()).stock_changes
      expect(changes.map((change) => [change.variant_id, change.previous_quantity, change.new_quantity]).sort()).toEqual(
        [
          [huipil.variantId, 5, 7],
          [jarra.variantId, 2, 1],
        ].sort()
      )
      expect(changes.every((change) => change.source === "admin" && change.actor_id === staffId)).toBe(true)

      // One item's own batch route.
      await api.post(
        `/admin/inventory-items/${huipil.inventoryItemId}/location-levels/batch`,
        { update: [{ location_id: huipil.locationId, stocked_quantity: 4 }] },
        fixture.admin
      )
      changes = (await stockChanges()).stock_changes
      expect(changes).toHaveLength(3)
      expect(changes[0]).toMatchObject({ variant_id: huipil.variantId, previous_quantity: 7, new_quantity: 4, source: "admin" })

      // Removing a cooperative's level (forced: it holds stock) takes its pieces off the shelf: 1 → 0.
      const { data } = await api.get(`/admin/inventory-items/${jarra.inventoryItemId}/location-levels`, fixture.admin)
      const jarraLevel = data.inventory_levels.find((found: LevelRow) => found.location_id === jarra.locationId)
      await api.post("/admin/inventory-items/location-levels/batch", { delete: [jarraLevel.id], force: true }, fixture.admin)
      expect(await level(jarra.inventoryItemId, jarra.locationId)).toBeNull()
      changes = (await stockChanges()).stock_changes
      expect(changes).toHaveLength(4)
      expect(changes[0]).toMatchObject({ variant_id: jarra.variantId, previous_quantity: 1, new_quantity: 0, source: "admin" })
    })

    it("records nothing for a change at a location no cooperative keeps", async () => {
      const answer = await api.post(
        `/admin/inventory-items/${huipil.inventoryItemId}/location-levels/${warehouse}`,
        { stocked_quantity: 35 },
        fixture.admin
      )
      expect(answer.status).toBe(200)
      expect(await level(huipil.inventoryItemId, warehouse)).toBe(35)
      expect(await everyChange()).toEqual([])
    })

    it("records nothing when the admin change fails, and the stock stays as it was", async () => {
      const path = `/admin/inventory-items/${huipil.inventoryItemId}/location-levels/${huipil.locationId}`
      const invalid = await statusOf(api.post(path, { stocked_quantity: "muchas" }, fixture.admin))
      expect(invalid.status).toBe(400)

      // A batch that fails half way: the update is undone with the refused delete (jarra holds stock, no force).
      const { data } = await api.get(`/admin/inventory-items/${jarra.inventoryItemId}/location-levels`, fixture.admin)
      const jarraLevel = data.inventory_levels.find((found: LevelRow) => found.location_id === jarra.locationId)
      const halfway = await statusOf(
        api.post(
          "/admin/inventory-items/location-levels/batch",
          {
            update: [{ inventory_item_id: huipil.inventoryItemId, location_id: huipil.locationId, stocked_quantity: 8 }],
            delete: [jarraLevel.id],
          },
          fixture.admin
        )
      )
      expect(halfway.status).toBeGreaterThanOrEqual(400)
      expect(halfway.data.message).toMatch(/stocked items/)
      expect(await level(huipil.inventoryItemId, huipil.locationId)).toBe(5)
      expect(await level(jarra.inventoryItemId, jarra.locationId)).toBe(2)

      // Not staff: refused before anything is read or changed.
      const anonymous = await statusOf(api.post(path, { stocked_quantity: 1 }))
      expect(anonymous.status).toBe(401)

      expect(await level(huipil.inventoryItemId, huipil.locationId)).toBe(5)
      expect(await everyChange()).toEqual([])
    })
  },
})
