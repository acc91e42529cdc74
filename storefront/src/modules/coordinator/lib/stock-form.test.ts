import type { StockChangeResult } from "@telar/types"
import { formData } from "../../../../test/form-data"
import { readShelfNotice, shelfNotice, stockFormChange, stockFormVariant } from "./stock-form"

/** A stepper's form as the browser posts it when "+" is tapped. */
const posted = {
  variant_id: "variant_01ABC",
  expected_stocked_quantity: "4",
  client_mutation_id: "5f0c2a8e-1b7d-4e7a-9c1e-2d3f4a5b6c7d",
  delta: "1",
}

describe("stockFormChange", () => {
  it("reads one more over the count the page showed, with the mutation id the page was made with", () => {
    expect(stockFormChange(formData(posted))).toEqual({
      client_mutation_id: posted.client_mutation_id,
      variant_id: "variant_01ABC",
      delta: 1,
      expected_stocked_quantity: 4,
    })
  })

  it("reads one less, down to a count of 0 shown", () => {
    expect(stockFormChange(formData({ ...posted, delta: "-1", expected_stocked_quantity: "0" }))).toMatchObject({
      delta: -1,
      expected_stocked_quantity: 0,
    })
  })

  it.each([
    ["no button's delta (the form sent without a tap)", { delta: "" }],
    ["a delta no button sends", { delta: "5" }],
    ["a delta that is no number", { delta: "uno" }],
    ["no count shown", { expected_stocked_quantity: "" }],
    ["a negative count", { expected_stocked_quantity: "-2" }],
    ["a count with decimals", { expected_stocked_quantity: "1.5" }],
    ["no mutation id", { client_mutation_id: "" }],
    ["a mutation id the backend refuses", { client_mutation_id: "a b" }],
    ["no piece", { variant_id: "" }],
    ["something that is no variant id", { variant_id: "../admin" }],
  ])("turns down %s", (_case, change) => {
    expect(stockFormChange(formData({ ...posted, ...change }))).toBeNull()
  })

  it("turns down a form without its fields", () => {
    expect(stockFormChange(new FormData())).toBeNull()
  })
})

describe("stockFormVariant", () => {
  it("names the form's piece even when the rest of the form is wrong", () => {
    expect(stockFormVariant(formData({ ...posted, delta: "9" }))).toBe("variant_01ABC")
  })

  it("names nothing for a value that is no variant id", () => {
    expect(stockFormVariant(formData({ variant_id: "variant_<script>" }))).toBeNull()
  })
})

describe("shelfNotice", () => {
  const answer = (outcome: StockChangeResult["outcome"], message: string): StockChangeResult => ({
    client_mutation_id: "m-1",
    variant_id: "variant_01ABC",
    outcome,
    stocked_quantity: 5,
    reserved_quantity: 1,
    available_quantity: 4,
    message,
    replayed: false,
  })

  it.each([
    ["applied", "Listo: ahora hay 5 de «Huipil»."],
    ["refused", "No se puede: 1 pieza de «Huipil» ya está vendida y falta enviarlas. Deja al menos 1."],
    ["conflict", "La cantidad de «Huipil» cambió mientras tanto (ahora hay 5). Revisa y vuelve a guardar."],
  ] as const)("keeps the backend's own words for a change %s", (outcome, message) => {
    expect(shelfNotice("variant_01ABC", answer(outcome, message))).toEqual({ variant_id: "variant_01ABC", outcome, message })
  })

  it.each(["sessionExpired", "unreachable", "rejected", "generic"] as const)("keeps a failure (%s) for the page to word", (error) => {
    expect(shelfNotice("variant_01ABC", { error })).toEqual({ variant_id: "variant_01ABC", error })
  })
})

describe("readShelfNotice", () => {
  it.each([
    { variant_id: "variant_01ABC", outcome: "applied", message: "Listo: ahora hay 5 de «Huipil»." },
    { variant_id: "variant_01ABC", error: "sessionExpired" },
  ])("reads back what the action kept: %o", (notice) => {
    expect(readShelfNotice(JSON.stringify(notice))).toEqual(notice)
  })

  it.each([
    ["no cookie", undefined],
    ["an empty cookie", ""],
    ["something that is no JSON", "{oops"],
    ["JSON that is no object", "42"],
    ["an unknown outcome", JSON.stringify({ variant_id: "variant_01ABC", outcome: "deleted", message: "x" })],
    ["an outcome without its words", JSON.stringify({ variant_id: "variant_01ABC", outcome: "applied" })],
    ["an unknown failure", JSON.stringify({ variant_id: "variant_01ABC", error: "exploded" })],
    ["no piece", JSON.stringify({ outcome: "applied", message: "x" })],
  ])("reads nothing from %s", (_case, raw) => {
    expect(readShelfNotice(raw)).toBeNull()
  })
})
