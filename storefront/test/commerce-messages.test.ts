import en from "../messages/en.json"
import es from "../messages/es.json"
import mainEn from "../messages/en.json"
import { ERROR_KEYS } from "@/modules/checkout/lib/errors"

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out.set(path, value)
    else for (const [nested, text] of flatten(value, path)) out.set(nested, text)
  }
  return out
}

/** ICU argument and tag names used in a message. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  const argument = /(?<!\b(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g
  for (const match of message.matchAll(argument)) names.add(match[1])
  for (const match of message.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)) names.add(`<${match[1]}>`)
  return [...names].sort()
}

describe("commerce messages (cart, checkout, account, order)", () => {
  const english = flatten(en as Tree)
  const spanish = flatten(es as Tree)

  it("has the same keys in English and Spanish", () => {
    expect([...english.keys()].filter((key) => !spanish.has(key))).toEqual([])
    expect([...spanish.keys()].filter((key) => !english.has(key))).toEqual([])
  })

  it("uses the same arguments in both languages and has no empty strings", () => {
    for (const [key, text] of english) {
      expect({ key, args: argumentsOf(spanish.get(key) ?? "") }).toEqual({ key, args: argumentsOf(text) })
      expect(text.trim()).not.toBe("")
      expect((spanish.get(key) ?? "").trim()).not.toBe("")
    }
  })

  it("has the commerce namespaces in the message files", () => {
    for (const namespace of ["account", "cart", "checkout", "order"]) expect(Object.keys(mainEn)).toContain(namespace)
  })

  it("has a message for every error the data layer can return", () => {
    // Plus the few keys some actions add to ErrorKey.
    const keys = [...ERROR_KEYS, "allInCart", "promoEmpty", "incomplete"]
    for (const key of keys) expect(english.has(`cart.errors.${key}`)).toBe(true)
  })
})
