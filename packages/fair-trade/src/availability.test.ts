import { canBuy, tracksStock, unitsLeft, unitsLeftAt, variantAvailability, variantUnitsLeft } from "./availability"

describe("variantAvailability", () => {
  it.each([
    ["managed, 3 left", { manage_inventory: true, inventory_quantity: 3 }, { tracked: true, available: 3, purchasable: true }],
    ["managed, none left", { manage_inventory: true, inventory_quantity: 0 }, { tracked: true, available: 0, purchasable: false }],
    ["managed, over-reserved", { manage_inventory: true, inventory_quantity: -2 }, { tracked: true, available: 0, purchasable: false }],
    ["managed, quantity not loaded", { manage_inventory: true }, { tracked: true, available: 0, purchasable: false }],
    [
      "managed, quantity as a string",
      { manage_inventory: true, inventory_quantity: "4" },
      { tracked: true, available: 4, purchasable: true },
    ],
    ["unmanaged", { manage_inventory: false, inventory_quantity: 0 }, { tracked: false, available: null, purchasable: true }],
    ["manage_inventory not loaded counts as managed", { inventory_quantity: 1 }, { tracked: true, available: 1, purchasable: true }],
    [
      "manage_inventory null counts as managed",
      { manage_inventory: null, inventory_quantity: 0 },
      { tracked: true, available: 0, purchasable: false },
    ],
    [
      "backorder allowed",
      { manage_inventory: true, allow_backorder: true, inventory_quantity: 0 },
      { tracked: false, available: null, purchasable: true },
    ],
  ])("%s", (_name, variant, expected) => {
    expect(variantAvailability(variant)).toEqual(expected)
    expect(tracksStock(variant)).toBe(expected.tracked)
  })
})

describe("canBuy", () => {
  it.each([
    [{ manage_inventory: true, inventory_quantity: 1 }, 1, true],
    [{ manage_inventory: true, inventory_quantity: 1 }, 2, false],
    [{ manage_inventory: true, inventory_quantity: 5 }, 5, true],
    [{ manage_inventory: false }, 50, true],
    [{ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }, 3, true],
    [{ manage_inventory: true, inventory_quantity: 5 }, 0, false],
    [{ manage_inventory: true, inventory_quantity: 5 }, 0.5, false],
    [{ manage_inventory: false }, -1, false],
  ])("%j × %d → %s", (variant, quantity, expected) => {
    expect(canBuy(variant, quantity)).toBe(expected)
  })
})

describe("unitsLeft", () => {
  it.each([
    ["stocked minus reserved", { stocked_quantity: 5, reserved_quantity: 2 }, 3],
    ["amounts as text", { stocked_quantity: "4", reserved_quantity: "1" }, 3],
    ["more reserved than stocked is none, never negative", { stocked_quantity: 1, reserved_quantity: 3 }, 0],
    ["no level at the location", null, 0],
  ])("%s", (_name, level, expected) => {
    expect(unitsLeft(level)).toBe(expected)
  })
})

describe("unitsLeftAt and variantUnitsLeft", () => {
  const here = new Set(["loc_a", "loc_b"])
  const levels = [
    { location_id: "loc_a", stocked_quantity: 3, reserved_quantity: 1 },
    { location_id: "loc_b", stocked_quantity: "2", reserved_quantity: "0" },
    { location_id: "loc_elsewhere", stocked_quantity: 100, reserved_quantity: 0 },
  ]

  it.each([
    ["sums the channel's locations only, minus reservations", levels, 4],
    ["no levels", [], 0],
    ["everything reserved", [{ location_id: "loc_a", stocked_quantity: 2, reserved_quantity: 2 }], 0],
    ["more reserved than stocked is none, never negative", [{ location_id: "loc_a", stocked_quantity: 1, reserved_quantity: 3 }], 0],
  ])("%s", (_name, given, expected) => {
    expect(unitsLeftAt(given, here)).toBe(expected)
  })

  it.each([
    ["one item, one per variant", [{ levels }], 4],
    ["one item, two per variant (a pair)", [{ required_quantity: 2, levels }], 2],
    [
      "a set is limited by its scarcest part",
      [{ levels }, { levels: [{ location_id: "loc_a", stocked_quantity: 1, reserved_quantity: 0 }] }],
      1,
    ],
    ["no inventory items", [], 0],
  ])("%s", (_name, items, expected) => {
    expect(variantUnitsLeft(items, here)).toBe(expected)
  })
})
