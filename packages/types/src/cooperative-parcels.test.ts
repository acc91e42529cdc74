import { choicesText, isPlaceholderName } from "./cooperative-parcels"

describe("choicesText", () => {
  it("names each choice with its option, and keeps a value whose option is unknown bare", () => {
    expect(
      choicesText([
        { option: "Talla", value: "M" },
        { option: "Color", value: "Añil" },
      ])
    ).toBe("Talla: M, Color: Añil")
    expect(choicesText([{ option: "", value: "Grande" }])).toBe("Grande")
  })

  it("is null for a piece without choices", () => {
    expect(choicesText([])).toBeNull()
  })
})

describe("isPlaceholderName", () => {
  it.each(["Default", "default option", "Default option value", "Default Variant", " Default "])("%s is a placeholder", (name) => {
    expect(isPlaceholderName(name)).toBe(true)
  })

  it.each(["M", "Defaultish", "Añil", "", null, undefined])("%s is not", (name) => {
    expect(isPlaceholderName(name)).toBe(false)
  })
})
