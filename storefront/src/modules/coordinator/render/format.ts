/**
 * The ICU messages the portal's script words in the browser ({name}, {count, plural, =0 {…} one
 * {…} other {… # …}}), without shipping a full ICU parser: format.test.ts checks every portal
 * message against next-intl's own output.
 */

type Values = Record<string, string | number | Date>

/** The text between the brace at `open` and its match. */
function closing(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++
    else if (text[i] === "}" && --depth === 0) return i
  }
  throw new Error(`Unbalanced braces in "${text}"`)
}

function plural(body: string, value: number, locale: string): string {
  const options = new Map<string, string>()
  let i = 0
  while (i < body.length) {
    const open = body.indexOf("{", i)
    if (open < 0) break
    const end = closing(body, open)
    options.set(body.slice(i, open).trim(), body.slice(open + 1, end))
    i = end + 1
  }
  const chosen = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(locale).select(value)) ?? options.get("other") ?? ""
  const number = new Intl.NumberFormat(locale).format(value)
  // `#` is the count, except inside a nested argument.
  let out = ""
  for (let j = 0; j < chosen.length; j++) {
    if (chosen[j] === "{") {
      const end = closing(chosen, j)
      out += chosen.slice(j, end + 1)
      j = end
    } else out += chosen[j] === "#" ? number : chosen[j]
  }
  return out
}

export function formatMessage(message: string, values: Values = {}, locale = "es"): string {
  let out = ""
  let i = 0
  while (i < message.length) {
    const open = message.indexOf("{", i)
    if (open < 0) {
      out += message.slice(i)
      break
    }
    out += message.slice(i, open)
    const end = closing(message, open)
    const inner = message.slice(open + 1, end)
    const comma = inner.indexOf(",")
    if (comma < 0) {
      const value = values[inner.trim()]
      // A plain argument is its value as text (a number is not grouped: "1234", as next-intl writes it).
      out += value instanceof Date ? value.toLocaleString(locale) : String(value ?? "")
    } else {
      const name = inner.slice(0, comma).trim()
      const rest = inner.slice(comma + 1)
      const kind = rest.slice(0, rest.indexOf(",")).trim()
      const body = rest.slice(rest.indexOf(",") + 1)
      if (kind !== "plural") throw new Error(`Unsupported message argument "${kind}" in "${message}"`)
      out += formatMessage(plural(body, Number(values[name] ?? 0), locale), values, locale)
    }
    i = end + 1
  }
  return out
}
