import { type OrderParcel, shippingLines } from "./order-shipping"

const weavers = { id: "coop_weavers", handle: "tejedoras", name: "Tejedoras de Prueba" }
const potters = { id: "coop_potters", handle: "alfareras", name: "Alfareras de Amatenango" }

describe("shippingLines", () => {
  it("gives each shipping method its cooperative and speed, in the order of the parcels", () => {
    const methods = [
      { id: "sm_1", name: "Standard" },
      { id: "sm_2", name: "Standard" },
    ]
    const parcels: OrderParcel[] = [
      { shipping_method_id: "sm_1", speed: "standard", cooperative: potters },
      { shipping_method_id: "sm_2", speed: "standard", cooperative: weavers },
    ]
    const lines = shippingLines(methods, parcels, [weavers.id, potters.id])
    expect(lines.map((line) => [line.method.id, line.speed, line.cooperative?.name])).toEqual([
      ["sm_2", "standard", "Tejedoras de Prueba"],
      ["sm_1", "standard", "Alfareras de Amatenango"],
    ])
  })

  it("keeps a method the parcels route could not place, last, with no cooperative or speed", () => {
    const methods = [
      { id: "sm_unknown", name: "Pickup" },
      { id: "sm_1", name: "Express" },
    ]
    const parcels: OrderParcel[] = [{ shipping_method_id: "sm_1", speed: "express", cooperative: weavers }]
    expect(shippingLines(methods, parcels, [weavers.id])).toEqual([
      { method: methods[1], speed: "express", cooperative: weavers },
      { method: methods[0], speed: null, cooperative: null },
    ])
  })

  it("lists the methods as they come when the parcels are unknown", () => {
    const methods = [{ id: "sm_a" }, { id: "sm_b" }]
    expect(shippingLines(methods, [], []).map((line) => line.method.id)).toEqual(["sm_a", "sm_b"])
  })
})
