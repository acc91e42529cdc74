import { MAX_PER_LINE } from "@/lib/util/stock"
import { boundQuantity, parseQuantity, quantityLimit, stepQuantity } from "./quantity"

describe("quantityLimit: the stepper's maximum for the chosen variant", () => {
  it("is the units left when stock is tracked", () => {
    expect(quantityLimit({ manage_inventory: true, inventory_quantity: 4 })).toBe(4)
    expect(quantityLimit({ manage_inventory: true, inventory_quantity: "3" })).toBe(3)
  })

  it("never goes past the cart's per-line cap, nor offers more than that for untracked stock or backorders", () => {
    expect(quantityLimit({ manage_inventory: true, inventory_quantity: 500 })).toBe(MAX_PER_LINE)
    expect(quantityLimit({ manage_inventory: false, inventory_quantity: 0 })).toBe(MAX_PER_LINE)
    expect(quantityLimit({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toBe(MAX_PER_LINE)
  })

  it("offers no choice for a one-of-a-kind piece, a single unit left, a sold-out or missing variant", () => {
    expect(quantityLimit({ manage_inventory: true, inventory_quantity: 1 }, true)).toBeNull()
    expect(quantityLimit({ manage_inventory: false }, true)).toBeNull()
    expect(quantityLimit({ manage_inventory: true, inventory_quantity: 1 })).toBeNull()
    expect(quantityLimit({ manage_inventory: true, inventory_quantity: 0 })).toBeNull()
    expect(quantityLimit({ manage_inventory: true, inventory_quantity: -3 })).toBeNull()
    expect(quantityLimit(undefined)).toBeNull()
  })

  it("counts a variant whose inventory flag was not loaded as tracked (the shop never offers what it cannot vouch for)", () => {
    expect(quantityLimit({ inventory_quantity: 2 })).toBe(2)
  })
})

describe("boundQuantity", () => {
  it.each([
    [0, 5, 1],
    [-4, 5, 1],
    [3, 5, 3],
    [9, 5, 5],
    [2.7, 5, 2],
    [Number.NaN, 5, 1],
    [Number.POSITIVE_INFINITY, 5, 1],
  ])("keeps %p within 1..%p as %p", (wanted, max, expected) => {
    expect(boundQuantity(wanted, max)).toBe(expected)
  })
})

describe("parseQuantity", () => {
  it("reads digits only", () => {
    expect(parseQuantity(" 3 ")).toBe(3)
    expect(parseQuantity("")).toBeNull()
    expect(parseQuantity("2.5")).toBeNull()
    expect(parseQuantity("-1")).toBeNull()
    expect(parseQuantity("1e3")).toBeNull()
  })
})

describe("stepQuantity: what the stepper does", () => {
  it("steps up and down by one within 1..max", () => {
    expect(stepQuantity(2, 4, { kind: "increase" })).toEqual({ value: 3, overLimit: false })
    expect(stepQuantity(2, 4, { kind: "decrease" })).toEqual({ value: 1, overLimit: false })
  })

  it("stays at 1 below the minimum", () => {
    expect(stepQuantity(1, 4, { kind: "decrease" })).toEqual({ value: 1, overLimit: false })
  })

  it("stays at the units left above the maximum, and says so", () => {
    expect(stepQuantity(4, 4, { kind: "increase" })).toEqual({ value: 4, overLimit: true })
    expect(stepQuantity(3, 4, { kind: "increase" })).toEqual({ value: 4, overLimit: false })
  })

  it("takes a typed number, bounded, and says when it was more than can be added", () => {
    expect(stepQuantity(1, 4, { kind: "type", text: "3" })).toEqual({ value: 3, overLimit: false })
    expect(stepQuantity(1, 4, { kind: "type", text: "12" })).toEqual({ value: 4, overLimit: true })
  })

  it("keeps the quantity while the field is cleared, half typed or zero", () => {
    for (const text of ["", "-", "0", "abc"]) expect(stepQuantity(3, 4, { kind: "type", text })).toEqual({ value: 3, overLimit: false })
  })

  it("pulls a value that is already out of bounds back in (the stock dropped)", () => {
    expect(stepQuantity(7, 4, { kind: "decrease" })).toEqual({ value: 3, overLimit: false })
    expect(stepQuantity(7, 4, { kind: "increase" })).toEqual({ value: 4, overLimit: true })
  })
})
