import { lineOptions, lineOptionsText } from "./line-options"

const words = { option: (name: string, value: string) => `${name}: ${value}`, variant: (value: string) => `Option: ${value}` }

describe("lineOptions", () => {
  it("names each option of the line's variant by the product's option title", () => {
    const line = {
      variant_title: "Café / M",
      variant: {
        options: [
          { option_id: "opt_colour", value: "Café" },
          { option_id: "opt_size", value: "M" },
        ],
      },
      product: {
        options: [
          { id: "opt_size", title: "Talla" },
          { id: "opt_colour", title: "Color" },
        ],
      },
    }
    expect(lineOptions(line)).toEqual([
      { name: "Color", value: "Café" },
      { name: "Talla", value: "M" },
    ])
    expect(lineOptionsText(line, words)).toBe("Color: Café · Talla: M")
  })

  it("says nothing for a piece whose only option is the placeholder Default", () => {
    const line = {
      variant_title: "Default",
      variant: { options: [{ option_id: "opt_default", value: "Default" }] },
      product: { options: [{ id: "opt_default", title: "Default" }] },
    }
    expect(lineOptions(line)).toEqual([])
    expect(lineOptionsText(line, words)).toBeNull()
  })

  it("falls back to the variant title when the options did not come with the line", () => {
    expect(lineOptions({ variant_title: "Violeta", variant: null })).toEqual([{ name: null, value: "Violeta" }])
    expect(lineOptionsText({ variant_title: "Violeta" }, words)).toBe("Option: Violeta")
    // Values without their option names (product options not fetched) are not enough.
    expect(lineOptions({ variant_title: "M", variant: { options: [{ option_id: "opt_size", value: "M" }] } })).toEqual([
      { name: null, value: "M" },
    ])
  })

  it.each(["Default variant", "Default", "default option value", "  "])("hides Medusa's placeholder variant title %p", (title) => {
    expect(lineOptions({ variant_title: title })).toEqual([])
  })

  it("says nothing for a line without a variant title", () => {
    expect(lineOptions({})).toEqual([])
  })
})
