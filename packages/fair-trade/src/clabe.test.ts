import { clabeCheckDigit, clabeProblem, isValidClabe } from "./clabe"

describe("CLABE", () => {
  // Banxico's published example CLABE.
  const valid = "032180000118359719"

  it("computes the check digit with weights 3, 7, 1", () => {
    expect(clabeCheckDigit(valid.slice(0, 17))).toBe(9)
  })

  it("accepts a valid CLABE and explains why others fail", () => {
    expect(isValidClabe(valid)).toBe(true)
    expect(clabeProblem("032180000118359718")).toBe("check_digit")
    expect(clabeProblem("03218000011835971")).toBe("format")
    expect(clabeProblem("03218000011835971a")).toBe("format")
  })
})
