import type { AdminProductRequest, ProductRequest, ProductRequestStatus } from "@telar/types"
import type { ProductRequestFields } from "../../modules/product-request/service"

type PhotoRow = { id: string; url: string; width: number; height: number; position: number } | null
type RequestRow = ProductRequestFields & {
  id: string
  client_request_id: string
  status: string
  revision: number
  staff_comment: string | null
  product_id: string | null
  reviewed_at: Date | string | null
  reviewed_by?: string | null
  created_at: Date | string
  updated_at: Date | string
  photos?: PhotoRow[] | null
}

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** The fields and relations every view below reads. */
export const PRODUCT_REQUEST_RELATIONS = ["photos"]

/** A request as its coordinator sees it (never another cooperative's). */
export function productRequestView(row: RequestRow, handles: Map<string, string | null> = new Map()): ProductRequest {
  return {
    id: row.id,
    client_request_id: row.client_request_id,
    status: row.status as ProductRequestStatus,
    revision: row.revision,
    title_es: row.title_es,
    story_es: row.story_es,
    materials: row.materials,
    technique: row.technique,
    producer_price: { amount: Number(row.producer_price_amount), currency_code: row.producer_price_currency },
    stock: row.stock,
    photos: (row.photos ?? [])
      .filter((photo): photo is NonNullable<PhotoRow> => !!photo)
      .sort((a, b) => a.position - b.position)
      .map(({ id, url, width, height }) => ({ id, url, width, height })),
    staff_comment: row.staff_comment ?? null,
    product: row.product_id ? { id: row.product_id, handle: handles.get(row.product_id) ?? null } : null,
    reviewed_at: iso(row.reviewed_at),
    created_at: iso(row.created_at) as string,
    updated_at: iso(row.updated_at) as string,
  }
}

export type People = {
  cooperatives: Map<string, { name: string }>
  coordinators: Map<string, { name: string; email: string }>
}

/** A request as staff see it: with its cooperative, its coordinator and who reviewed it. */
export function adminProductRequestView(
  row: RequestRow & { cooperative_id: string; coordinator_id: string },
  people: People,
  handles: Map<string, string | null>
): AdminProductRequest {
  const coordinator = people.coordinators.get(row.coordinator_id)
  return {
    ...productRequestView(row, handles),
    cooperative: { id: row.cooperative_id, name: people.cooperatives.get(row.cooperative_id)?.name ?? null },
    coordinator: { id: row.coordinator_id, name: coordinator?.name ?? null, email: coordinator?.email ?? null },
    reviewed_by: row.reviewed_by ?? null,
  }
}
