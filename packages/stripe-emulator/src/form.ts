/**
 * Parsing of Stripe-style request parameters.
 *
 * The Stripe SDKs send `application/x-www-form-urlencoded` bodies (and query
 * strings for GET/DELETE) using bracket notation:
 *   metadata[key]=v, payment_method_types[0]=card, expand[]=x, a[b][c]=d
 * This module turns them into nested objects/arrays and offers typed
 * accessors that raise Stripe-shaped validation errors.
 */
import { invalidRequest, missingParam } from "./errors"

export type FormValue = string | FormValue[] | FormObject
export interface FormObject {
  [key: string]: FormValue
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"])

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "))
  } catch {
    return s
  }
}

function splitKey(key: string): string[] {
  const first = key.indexOf("[")
  if (first <= 0) return [key]
  const segments = [key.slice(0, first)]
  const re = /\[([^\]]*)\]/g
  re.lastIndex = first
  for (let m = re.exec(key); m; m = re.exec(key)) segments.push(m[1])
  return segments
}

function assign(root: FormObject, segments: string[], value: string): void {
  let cur: FormObject = root
  for (let i = 0; i < segments.length; i++) {
    let seg = segments[i]
    if (FORBIDDEN_KEYS.has(seg)) return
    if (seg === "") seg = String(Object.keys(cur).length) // `a[]=x` appends
    if (i === segments.length - 1) {
      cur[seg] = value
      return
    }
    const next = cur[seg]
    if (typeof next !== "object" || next === null || Array.isArray(next)) cur[seg] = {}
    cur = cur[seg] as FormObject
  }
}

/** Objects whose keys are all array indexes become arrays (ordered by index). */
function normalize(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value
  const keys = Object.keys(value)
  for (const k of keys) value[k] = normalize(value[k])
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => value[k])
  }
  return value
}

export function parseForm(text: string): FormObject {
  const root: FormObject = {}
  if (!text) return root
  for (const part of text.split("&")) {
    if (!part) continue
    const eq = part.indexOf("=")
    const key = decode(eq === -1 ? part : part.slice(0, eq))
    const value = eq === -1 ? "" : decode(part.slice(eq + 1))
    if (key) assign(root, splitKey(key), value)
  }
  return normalize(root) as FormObject
}

/** Converts a JSON body (used by some browser callers) to the same shape as a form body. */
export function fromJson(value: unknown): FormValue {
  if (value === null || value === undefined) return ""
  if (Array.isArray(value)) return value.map(fromJson)
  if (typeof value === "object") {
    const out: FormObject = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!FORBIDDEN_KEYS.has(k)) out[k] = fromJson(v)
    }
    return out
  }
  return String(value)
}

// ---------------------------------------------------------------- accessors

export function getString(p: FormObject, name: string, param = name): string | undefined {
  const v = p[name]
  if (v === undefined) return undefined
  if (typeof v !== "string") throw invalidRequest(`Invalid string: ${JSON.stringify(v)}`, { param })
  return v
}

/** Like getString but "" (Stripe's way of unsetting a field) becomes null. */
export function getNullableString(p: FormObject, name: string, param = name): string | null | undefined {
  const v = getString(p, name, param)
  return v === "" ? null : v
}

export function requireString(p: FormObject, name: string, param = name): string {
  const v = getString(p, name, param)
  if (v === undefined || v === "") throw missingParam(param)
  return v
}

export function getInt(p: FormObject, name: string, param = name): number | undefined {
  const v = p[name]
  if (v === undefined) return undefined
  if (typeof v !== "string" || !/^-?\d+$/.test(v.trim())) {
    throw invalidRequest(`Invalid integer: ${typeof v === "string" ? v : JSON.stringify(v)}`, { param })
  }
  return parseInt(v, 10)
}

export function requireInt(p: FormObject, name: string, param = name): number {
  const v = getInt(p, name, param)
  if (v === undefined) throw missingParam(param)
  return v
}

export function getBool(p: FormObject, name: string, param = name): boolean | undefined {
  const v = p[name]
  if (v === undefined || v === "") return undefined
  if (v === "true") return true
  if (v === "false") return false
  throw invalidRequest(`Invalid boolean: ${typeof v === "string" ? v : JSON.stringify(v)}`, { param })
}

export function getObject(p: FormObject, name: string, param = name): FormObject | undefined {
  const v = p[name]
  if (v === undefined || v === "") return undefined
  if (typeof v !== "object" || Array.isArray(v)) throw invalidRequest(`Invalid object`, { param })
  return v
}

export function getStringArray(p: FormObject, name: string, param = name): string[] | undefined {
  const v = p[name]
  if (v === undefined || v === "") return undefined
  const arr = Array.isArray(v) ? v : typeof v === "object" ? Object.values(v) : [v]
  if (!arr.every((x): x is string => typeof x === "string")) throw invalidRequest("Invalid array", { param })
  return arr
}

export function getEnum<T extends string>(p: FormObject, name: string, allowed: readonly T[], param = name): T | undefined {
  const v = getString(p, name, param)
  if (v === undefined || v === "") return undefined
  if (!(allowed as readonly string[]).includes(v)) {
    throw invalidRequest(`Invalid ${name}: must be one of ${allowed.join(", ")}`, { param })
  }
  return v as T
}

/**
 * Applies a `metadata` parameter to existing metadata following Stripe rules:
 * keys are merged, `metadata[key]=` removes a key, `metadata=` clears all.
 */
export function applyMetadata(current: Record<string, string>, p: FormObject): Record<string, string> {
  const v = p.metadata
  if (v === undefined) return current
  if (v === "") return {}
  if (typeof v !== "object" || Array.isArray(v)) throw invalidRequest("Invalid object", { param: "metadata" })
  const next = { ...current }
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== "string") throw invalidRequest("Invalid metadata value", { param: `metadata[${k}]` })
    if (val === "") delete next[k]
    else next[k] = val
  }
  return next
}

export function getExpand(p: FormObject): string[] {
  return getStringArray(p, "expand") ?? []
}

/** `address[line1]`, `address[city]`... -> Stripe.Address (missing fields are null). */
export function toAddress(o: FormObject | undefined): {
  city: string | null
  country: string | null
  line1: string | null
  line2: string | null
  postal_code: string | null
  state: string | null
} {
  const s = (k: string) => (o && typeof o[k] === "string" && o[k] !== "" ? (o[k] as string) : null)
  return { city: s("city"), country: s("country"), line1: s("line1"), line2: s("line2"), postal_code: s("postal_code"), state: s("state") }
}
