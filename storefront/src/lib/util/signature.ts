import { createHmac, timingSafeEqual } from "node:crypto"

/** How old (or how far in the future) a signed revalidation may be. */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/**
 * The header the backend sends: "t=<unix seconds>,sha256=<hex HMAC-SHA256 of `${t}.${raw body}`>".
 * The timestamp is signed too, so a captured request cannot be replayed after the tolerance.
 */
export function signBody(rawBody: string, secret: string, now = Date.now()): string {
  const t = Math.floor(now / 1000)
  return `t=${t},sha256=${createHmac("sha256", secret).update(`${t}.${rawBody}`, "utf8").digest("hex")}`
}

/**
 * Checks the x-telar-signature header in constant time. False for a missing secret or header,
 * a malformed value, a timestamp outside the tolerance, or a mismatch; never throws.
 */
export function verifySignature(rawBody: string, header: string | null | undefined, secret: string | undefined, now = Date.now()): boolean {
  if (!secret || !header) return false
  const match = /^t=(\d{1,12}),sha256=([0-9a-f]{64})$/i.exec(header.trim())
  if (!match) return false
  const t = Number(match[1])
  if (Math.abs(now / 1000 - t) > SIGNATURE_TOLERANCE_SECONDS) return false
  const expected = createHmac("sha256", secret).update(`${t}.${rawBody}`, "utf8").digest()
  const given = Buffer.from(match[2], "hex")
  return given.length === expected.length && timingSafeEqual(given, expected)
}
