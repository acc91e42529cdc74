import { randomBytes } from "node:crypto"

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

export function randomString(length: number): string {
  const bytes = randomBytes(length)
  let out = ""
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length]
  return out
}

/** Stripe-looking object id, e.g. `pi_3QxYz...` */
export function newId(prefix: string, length = 24): string {
  return `${prefix}_${randomString(length)}`
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/** Currencies without minor units (amounts are given in whole units). */
export const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
])

/** Minimum charge amounts (minor units) for common currencies, as documented by Stripe. */
export const MINIMUM_AMOUNTS: Record<string, number> = {
  usd: 50,
  eur: 50,
  gbp: 30,
  mxn: 1000,
  cad: 50,
  aud: 50,
  chf: 50,
  jpy: 50,
  brl: 50,
  nzd: 50,
  sgd: 50,
  hkd: 400,
}

export function formatAmount(amount: number, currency: string, locale = "en"): string {
  const major = ZERO_DECIMAL.has(currency) ? amount : amount / 100
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(major)
  } catch {
    return `${major} ${currency.toUpperCase()}`
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string)
}

/** Appends query parameters to a URL that may already have a query string. */
export function appendQuery(url: string, params: Record<string, string>): string {
  try {
    const u = new URL(url)
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v)
    return u.toString()
  } catch {
    const qs = new URLSearchParams(params).toString()
    return url + (url.includes("?") ? "&" : "?") + qs
  }
}
