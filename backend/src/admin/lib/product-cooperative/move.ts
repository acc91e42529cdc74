import { errorMessage } from "../api"

/** Sends one POST to the admin API (adminFetch in the widget, a fake in tests). */
export type Post = (path: string, body: unknown) => Promise<unknown>

export type MoveResult = { ok: true } | { ok: false; message: string }

type Cooperative = { id: string; name: string }

/**
 * Attaches a product to a cooperative, taking it from its current one first. Each step is one of
 * the API's own workflows; they are not one transaction, so when attaching to the new cooperative
 * fails the product is put back with the old one and the message says what state it is in.
 * Artisans belong to a cooperative, so the product's are cleared while it is still attached.
 */
export async function moveProductToCooperative(
  post: Post,
  input: { product_id: string; from: Cooperative | null; to: Cooperative; artisan_ids: string[] }
): Promise<MoveResult> {
  const { product_id, from, to } = input
  if (from?.id === to.id) return { ok: true }
  if (from) {
    const refused = (error: unknown, note = "") => ({
      ok: false as const,
      message: `The product could not be taken from ${from.name}: ${errorMessage(error)}${note}`,
    })
    if (input.artisan_ids.length) {
      try {
        await post(`/admin/products/${product_id}/artisans`, { artisan_ids: [] })
      } catch (error) {
        return refused(error)
      }
    }
    try {
      await post(`/admin/cooperatives/${from.id}/products`, { remove: [product_id] })
    } catch (error) {
      return refused(error, input.artisan_ids.length ? " Its artisans were already taken off: choose them again." : "")
    }
  }
  try {
    await post(`/admin/cooperatives/${to.id}/products`, { add: [product_id] })
    return { ok: true }
  } catch (error) {
    const reason = errorMessage(error)
    if (!from) return { ok: false, message: `The product could not be attached to ${to.name}: ${reason}` }
    try {
      await post(`/admin/cooperatives/${from.id}/products`, { add: [product_id] })
      return {
        ok: false,
        message: `The product could not be attached to ${to.name} (${reason}). It is back with ${from.name}; choose its artisans again.`,
      }
    } catch {
      return {
        ok: false,
        message: `The product could not be attached to ${to.name} (${reason}) and now has no cooperative: choose one again.`,
      }
    }
  }
}
