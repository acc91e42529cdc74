import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_STATUSES, type CooperativeStatus } from "../../modules/cooperative/models/cooperative"

/** The one status that puts a cooperative, its numbers and its pieces in front of shoppers. */
export const PUBLIC_COOPERATIVE_STATUS: CooperativeStatus = "published"

/** Drafts and archived cooperatives: not public, nor are their pieces. */
export const CLOSED_COOPERATIVE_STATUSES = COOPERATIVE_STATUSES.filter((status) => status !== PUBLIC_COOPERATIVE_STATUS)

/**
 * Cached, and dropped whenever any cooperative, artisan or product changes: tags computed from a
 * result alone would never drop an answer that names no product (a cooperative with no pieces yet)
 * when a piece joins it (linking emits product.updated), nor an empty one when a draft is published.
 */
export const PUBLIC_COOPERATIVE_CACHE = {
  enable: true,
  tags: ["Cooperative:list:*", "Artisan:list:*", "Product:list:*"],
  computeAutomaticTags: true,
}

type PieceOwner = { cooperative?: { status?: string | null } | null }

/**
 * Whether shoppers may see a product as far as its cooperative goes: a piece of a draft or an
 * archived cooperative is not; a product no cooperative has claimed yet is left to its own status.
 */
export const isPublicPiece = (product: PieceOwner | null | undefined) =>
  !product?.cooperative || product.cooperative.status === PUBLIC_COOPERATIVE_STATUS

/** The products of every cooperative that is not published: what the store must never list, show or sell. */
export async function closedCooperativeProductIds(container: MedusaContainer): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "cooperative", fields: ["id", "status", "products.id"], filters: { status: [...CLOSED_COOPERATIVE_STATUSES] } },
    { cache: PUBLIC_COOPERATIVE_CACHE }
  )
  return new Set(data.flatMap((cooperative: any) => (cooperative.products ?? []).map((product: any) => product?.id).filter(Boolean)))
}

/** Refuses variants whose piece belongs to a cooperative that is not in the shop (unknown variants are Medusa's to refuse). */
export async function assertVariantsOnSale(container: MedusaContainer, variantIds: string[]): Promise<void> {
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "product.id", "product.title", "product.cooperative.status"],
    filters: { id: variantIds },
  })
  const closed = (data as any[]).filter((variant) => variant?.product && !isPublicPiece(variant.product))
  if (!closed.length) return
  const titles = [...new Set(closed.map((variant) => `"${variant.product.title}"`))].join(", ")
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${titles} cannot be bought: the cooperative that makes it is not selling in the shop right now.`
  )
}
