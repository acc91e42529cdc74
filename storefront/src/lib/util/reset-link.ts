/**
 * What a password-reset link looks like before anyone types a new password into it. The token is
 * read, never trusted: the backend verifies it (and that it was not used) when the password is saved.
 */
/** invalid: expired, or not a token at all (cut short when copied). */
export type ResetLinkState = "usable" | "invalid" | "missing"

/** A reset token is a JWT: its `exp` (seconds) says whether asking for a password still makes sense. */
export function resetLinkState(token: string | null | undefined, now = Date.now()): ResetLinkState {
  if (!token) return "missing"
  const payload = token.split(".")[1]
  if (!payload) return "invalid"
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }
    if (typeof claims.exp !== "number") return "usable"
    return claims.exp * 1000 > now ? "usable" : "invalid"
  } catch {
    return "invalid"
  }
}

/** A query value from a page's searchParams as one string ("" when absent or repeated oddly). */
export function queryValue(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : Array.isArray(value) ? (value[0] ?? "") : ""
}
