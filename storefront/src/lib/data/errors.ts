import { FetchError } from "@medusajs/js-sdk"

/** What the store API said went wrong, without its internals. */
export type StoreErrorInfo = { status: number; message: string }

export function describeError(error: unknown): StoreErrorInfo {
  if (error instanceof FetchError) {
    return { status: error.status ?? 0, message: error.message || error.statusText || "" }
  }
  if (error && typeof error === "object" && "status" in error && "message" in error) {
    return { status: Number((error as { status: unknown }).status) || 0, message: String((error as { message: unknown }).message) }
  }
  // fetch() itself failed: the backend is down or unreachable.
  return { status: 0, message: error instanceof Error ? error.message : String(error) }
}
