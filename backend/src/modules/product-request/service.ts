import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ProductRequest, type ProductRequestStatus } from "./models/product-request"
import { ProductRequestImage } from "./models/product-request-image"

/** At most this many photos per piece: enough to show it, small enough to send on a weak signal. */
export const MAX_PHOTOS_PER_REQUEST = 6

export type ProductRequestFields = {
  title_es: string
  story_es: string
  materials: string
  technique: string
  producer_price_amount: number
  producer_price_currency: string
  stock: number
}

export type SubmitProductRequestInput = ProductRequestFields & {
  cooperative_id: string
  coordinator_id: string
  client_request_id: string
  /** In the order the coordinator chose: the first is the product's thumbnail. */
  photo_ids: string[]
}

export type ReviewInput = { id: string; revision: number; reviewed_by: string }

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

const conflict = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

class ProductRequestModuleService extends MedusaService({ ProductRequest, ProductRequestImage }) {
  /**
   * Creates a request and gives it its photos, in one transaction. A photo counts only if it is the
   * cooperative's and no other request holds it; otherwise nothing is written. A request with the
   * same coordinator and client_request_id already there (a retry, even one racing the first) is
   * not written again: its id comes back with `created: false`.
   */
  @InjectTransactionManager()
  async submitProductRequest(
    input: SubmitProductRequestInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    const manager = sharedContext.transactionManager as SqlManager
    const columns = [
      "id",
      "cooperative_id",
      "coordinator_id",
      "client_request_id",
      "title_es",
      "story_es",
      "materials",
      "technique",
      "producer_price_amount",
      "producer_price_currency",
      "stock",
    ] as const
    const row: Record<(typeof columns)[number], unknown> = { ...input, id: generateEntityId(undefined, "preq") }
    // ON CONFLICT waits for a concurrent insert of the same key, then skips: never a second request.
    const inserted = await manager.execute(
      `insert into product_request (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})
       on conflict (coordinator_id, client_request_id) where deleted_at is null do nothing returning id`,
      columns.map((column) => row[column])
    )
    if (!inserted.length) {
      const [existing] = await manager.execute(
        "select id from product_request where coordinator_id = ? and client_request_id = ? and deleted_at is null",
        [input.coordinator_id, input.client_request_id]
      )
      if (!existing) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The request was neither written nor found.")
      return { id: String(existing.id), created: false }
    }
    const id = String(inserted[0].id)
    await this.attachPhotos_(id, input.cooperative_id, input.photo_ids, sharedContext)
    return { id, created: true }
  }

  /** A returned request, changed and sent to staff again: a new revision, its photos replaced. */
  @InjectTransactionManager()
  async resubmitProductRequest(
    input: Omit<ProductRequestFields, "producer_price_currency"> & {
      id: string
      cooperative_id: string
      revision: number
      photo_ids: string[]
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlManager
    const rows = await manager.execute(
      `update product_request set status = 'pending', revision = revision + 1, staff_comment = null, reviewed_by = null,
         reviewed_at = null, title_es = ?, story_es = ?, materials = ?, technique = ?, producer_price_amount = ?, stock = ?,
         updated_at = now()
       where id = ? and cooperative_id = ? and status = 'returned' and revision = ? and deleted_at is null returning id`,
      [
        input.title_es,
        input.story_es,
        input.materials,
        input.technique,
        input.producer_price_amount,
        input.stock,
        input.id,
        input.cooperative_id,
        input.revision,
      ]
    )
    if (!rows.length) throw conflict("Only a returned request can be sent again, and only its latest version.")
    // Photos it no longer uses go back to the cooperative's unattached uploads.
    const keep = input.photo_ids.length ? ` and id not in (${input.photo_ids.map(() => "?").join(", ")})` : ""
    await manager.execute(`update product_request_image set request_id = null, updated_at = now() where request_id = ?${keep}`, [
      input.id,
      ...input.photo_ids,
    ])
    await this.attachPhotos_(input.id, input.cooperative_id, input.photo_ids, sharedContext)
    return await this.retrieveProductRequest(input.id, { relations: ["photos"] }, sharedContext)
  }

  /**
   * Moves a pending request of `revision` to `to` in one statement, so two staff reviewing at once
   * cannot both succeed. Answers the request as it was before, or null when it was not pending.
   */
  @InjectTransactionManager()
  async reviewProductRequest(
    input: ReviewInput & { to: Exclude<ProductRequestStatus, "pending">; staff_comment?: string | null; product_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; status: ProductRequestStatus; revision: number } | null> {
    const manager = sharedContext.transactionManager as SqlManager
    const rows = await manager.execute(
      `update product_request set status = ?, staff_comment = ?, product_id = coalesce(?, product_id), reviewed_by = ?,
         reviewed_at = now(), updated_at = now()
       where id = ? and status = 'pending' and revision = ? and deleted_at is null returning id, revision`,
      [input.to, input.staff_comment ?? null, input.product_id ?? null, input.reviewed_by, input.id, input.revision]
    )
    return rows[0] ? { id: String(rows[0].id), status: "pending", revision: Number(rows[0].revision) } : null
  }

  /** Undoes a review (the workflow that made it failed later): pending again, as before. */
  @InjectTransactionManager()
  async reopenProductRequest(input: { id: string; revision: number }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(
      `update product_request set status = 'pending', staff_comment = null, product_id = null, reviewed_by = null,
         reviewed_at = null, updated_at = now()
       where id = ? and revision = ? and status <> 'pending'`,
      [input.id, input.revision]
    )
  }

  private async attachPhotos_(requestId: string, cooperativeId: string, photoIds: string[], sharedContext: Context) {
    if (new Set(photoIds).size !== photoIds.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each photo may be sent only once per request.")
    }
    if (photoIds.length > MAX_PHOTOS_PER_REQUEST) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `At most ${MAX_PHOTOS_PER_REQUEST} photos per request.`)
    }
    const manager = sharedContext.transactionManager as SqlManager
    for (const [position, photoId] of photoIds.entries()) {
      // Conditional: another cooperative's photo, or one another request holds, is not taken.
      const rows = await manager.execute(
        `update product_request_image set request_id = ?, position = ?, updated_at = now()
         where id = ? and cooperative_id = ? and (request_id is null or request_id = ?) and deleted_at is null returning id`,
        [requestId, position, photoId, cooperativeId, requestId]
      )
      if (!rows.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo "${photoId}" is not an unused upload of this cooperative.`)
      }
    }
  }
}

export default ProductRequestModuleService
