import { createTranslator } from "use-intl/core"
import en from "../../../../messages/en.json"
import es from "../../../../messages/es.json"
import { formatMessage } from "./format"

/** Every portal message as a [key, message] pair. */
function messages(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => messages(value, prefix ? `${prefix}.${key}` : key))
}

/** Values for every argument a message names (counts chosen to reach =0, one and other). */
function values(message: string, count: number): Record<string, string | number> {
  const names = [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1])
  return Object.fromEntries(
    names.map((name) => [name, name === "count" || name === "shown" || name === "max" || name === "number" ? count : `«${name}»`])
  )
}

describe.each([
  ["es", es],
  ["en", en],
] as const)("the portal's script words every portal message as next-intl does (%s)", (locale, catalogue) => {
  const t = createTranslator({ locale, messages: catalogue, timeZone: "America/Mexico_City" })
  it("for each message and counts that reach =0, one and other", () => {
    const all = messages(catalogue.portal, "portal")
    expect(all.length).toBeGreaterThan(200)
    const differ = all.flatMap(([key, message]) =>
      [0, 1, 2, 1234].flatMap((count) => {
        const given = values(message, count)
        const ours = formatMessage(message, given, locale)
        const theirs = t(key as never, given as never)
        return ours === theirs ? [] : [{ key, count, ours, theirs }]
      })
    )
    expect(differ).toEqual([])
  })
})

describe("formatMessage", () => {
  it("chooses an exact match before the plural category, and fills # with the count", () => {
    const message = "{count, plural, =0 {none} one {# piece} other {# pieces}}"
    expect([0, 1, 5].map((count) => formatMessage(message, { count }, "en"))).toEqual(["none", "1 piece", "5 pieces"])
  })

  it("keeps a nested argument's value (not the count) inside a plural", () => {
    expect(formatMessage("{count, plural, other {# for {amount}}}", { count: 3, amount: "$5" }, "en")).toBe("3 for $5")
  })

  it("refuses a message kind it does not know, loudly", () => {
    expect(() => formatMessage("{kind, select, a {A} other {B}}", { kind: "a" })).toThrow(/select/)
  })
})
