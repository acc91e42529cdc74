import en from "./en.json"
import es from "./es.json"

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

/** ICU argument names used in a message, e.g. "{count, plural, ...}" -> count. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  // Skip plural/select branches ("one {piece}"): their braces hold text, not arguments.
  const argument = /(?<!\b(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g
  for (const match of message.matchAll(argument)) names.add(match[1])
  for (const match of message.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)) names.add(`<${match[1]}>`)
  return [...names].sort()
}

describe("storefront messages", () => {
  const english = flatten(en as Tree)
  const spanish = flatten(es as Tree)

  it("has exactly the same keys in English and Spanish", () => {
    const missingInSpanish = [...english.keys()].filter((key) => !spanish.has(key))
    const missingInEnglish = [...spanish.keys()].filter((key) => !english.has(key))
    expect(missingInSpanish).toEqual([])
    expect(missingInEnglish).toEqual([])
    expect(english.size).toBeGreaterThan(100)
  })

  it("has no empty strings", () => {
    const empty = [...english, ...spanish].filter(([, text]) => text.trim() === "").map(([key]) => key)
    expect(empty).toEqual([])
  })

  it("uses the same placeholders and rich-text tags in both languages", () => {
    const mismatched = [...english.keys()].filter(
      (key) => spanish.has(key) && argumentsOf(english.get(key)!).join() !== argumentsOf(spanish.get(key)!).join()
    )
    expect(mismatched).toEqual([])
  })

  it("actually translates: most Spanish strings differ from the English", () => {
    const same = [...english].filter(([key, text]) => spanish.get(key) === text)
    expect(same.length / english.size).toBeLessThan(0.2)
  })

  // Telar authorizes the card at checkout; staff capture each cooperative's parcel as it ships and the
  // shopper gets a mail for each (workflows/fulfillment/ship-cooperative-parcel). It sends no
  // delivery notice and captures nothing at packing: no text may say otherwise.
  it.each([
    [
      /(email|notify|tell|let) you (know )?when (it|they|your (order|parcel|pieces?)) (arrives?|is delivered|are delivered)|te (avisaremos|avisamos|escribiremos) cuando (llegue|lleguen|se entregue)/i,
      "a delivery notice that is never sent",
    ],
    [
      /charged when the cooperatives pack|se cobra cuando las cooperativas empacan|as they prepare your order|al preparar tu pedido/i,
      "a capture at packing: the card is charged when a parcel ships",
    ],
  ])("promises nothing the shop does not do (%s: %s)", (claim) => {
    const claims = [...english, ...spanish].filter(([, text]) => claim.test(text))
    expect(claims).toEqual([])
  })

  it.each(["checkout.payment.authorizeNote", "order.paymentNote"])("says the card is charged as the parcels ship (%s)", (key) => {
    expect(english.get(key)).toMatch(/charged as the cooperatives ship your parcels/)
    expect(spanish.get(key)).toMatch(/se cobra conforme las cooperativas envían tus paquetes/)
  })
})
