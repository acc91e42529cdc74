import { centavosToPesos, pesosToCentavos } from "./pesos"

describe("pesosToCentavos", () => {
  it.each([
    ["350", 35_000],
    ["350.5", 35_050],
    ["350,50", 35_050],
    [" 1 200 ", 120_000],
    ["0.01", 1],
  ])("reads %j as %i centavos", (typed, centavos) => {
    expect(pesosToCentavos(typed)).toBe(centavos)
  })

  it.each(["", "0", "0.00", "-5", "350.505", "1.2.3", "abc", "$350", "1e3", "12345678"])("refuses %j", (typed) => {
    expect(pesosToCentavos(typed)).toBeNull()
  })
})

describe("centavosToPesos", () => {
  it.each([
    [35_000, "350"],
    [35_050, "350.50"],
    [35_005, "350.05"],
    [1, "0.01"],
  ])("writes %i centavos as %j", (centavos, pesos) => {
    expect(centavosToPesos(centavos)).toBe(pesos)
    expect(pesosToCentavos(pesos)).toBe(centavos)
  })
})
