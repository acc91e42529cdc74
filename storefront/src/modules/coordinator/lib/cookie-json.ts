/** A JSON object a cookie of ours carries, or null for anything else (absent, cut short, tampered). */
export function cookieJsonObject(raw: string | undefined): Record<string, unknown> | null {
  if (!raw) return null
  try {
    const value: unknown = JSON.parse(raw)
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}
