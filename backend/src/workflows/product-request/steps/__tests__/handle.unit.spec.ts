import { handleFrom } from "../approval-plan"

describe("handleFrom", () => {
  it.each([
    ["Huipil de Zinacantán", "preq_01ABCDEF", "huipil-de-zinacantan-abcdef"],
    ["  Jarra · barro rojo!! ", "X1Y2Z3", "jarra-barro-rojo-x1y2z3"],
    ["¡¿?!", "ABC123", "pieza-abc123"],
    ["a".repeat(80), "ZZZZZZ", `${"a".repeat(60)}-zzzzzz`],
  ])("%j -> a URL-safe handle", (title, id, handle) => {
    expect(handleFrom(title, id.slice(-6))).toBe(handle)
  })
})
