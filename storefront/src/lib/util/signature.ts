import { createHmac, timingSafeEqual } from "node:crypto"

/** The header value the backend sends: "sha256=" + hex HMAC-SHA256 of the raw body. */
export function signBody(rawBody: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")}`
}

/**
 * Checks the x-telar-signature header in constant time. False for a missing secret or header,
 * a malformed value, or a mismatch; never throws.
 */
export function verifySignature(rawBody: string, header: string | null | undefined, secret: string | undefined): boolean {
  if (!secret || !header) return false
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())
  if (!match) return false
  const expected = createHmac("sha256", secret).update(rawBody, "utf8").digest()
  const given = Buffer.from(match[1], "hex")
  return given.length === expected.length && timingSafeEqual(given, expected)
}
