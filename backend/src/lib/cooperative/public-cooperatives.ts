import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, groupBy, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreCooperative, StoreCooperativeDetail } from "@telar/types"
import { STORE_ARTISAN_FIELDS, STORE_COOPERATIVE_FIELDS } from "../../api/store/cooperatives/query-config"
import { pgConnection, textArray } from "../sql"
import { PUBLIC_COOPERATIVE_CACHE, PUBLIC_COOPERATIVE_STATUS } from "./visibility"

export type PublicCooperative = StoreCooperative & { artisan_count: number }

/** The network's numbers the home page shows; sums over the same cooperatives the cooperatives page lists. */
export type NetworkTotals = { cooperatives: number; artisans: number; member_families: number; products: number }

export type PublicNetwork = {
  cooperatives: PublicCooperative[]
  /** The pieces those cooperatives have on sale through the key's sales channels. */
  pieceIds: string[]
  totals: NetworkTotals
}

type LinkedProduct = { id: string; status?: string | null; sales_channels?: ({ id: string } | null)[] | null } | null

/** A cooperative's pieces a shopper of these sales channels can see: published, and sold in one of them. */
function piecesOnSale<T extends LinkedProduct>(products: T[] | null | undefined, salesChannelIds: string[]): NonNullable<T>[] {
  const channels = new Set(salesChannelIds)
  return (products ?? []).filter(
    (product): product is NonNullable<T> =>
      !!product &&
      product.status === ProductStatus.PUBLISHED &&
      (product.sales_channels ?? []).some((channel) => !!channel && channels.has(channel.id))
  )
}

// A cooperative's pieces on sale through these channels (piecesOnSale's rule, for every cooperative at once).
const PIECES_ON_SALE_SQL = `
select l.cooperative_id, p.id as product_id
  from cooperative_cooperative_product_product l
  join product p on p.id = l.product_id and p.deleted_at is null and p.status = 'published'
 where l.deleted_at is null and l.cooperative_id = any(?::text[])
   and exists (select 1 from product_sales_channel psc
                where psc.product_id = p.id and psc.deleted_at is null and psc.sales_channel_id = any(?::text[]))
`

/**
 * The cooperatives shoppers may see (published ones only) with their pieces on sale and their
 * artisans counted, and the network's totals over them. The one query behind the cooperatives
 * page, the map and the home page's numbers, so they always agree. The pieces are counted in one
 * statement, not loaded: with 10,000 pieces the product graph took seconds.
 */
export async function loadPublicNetwork(container: MedusaContainer, salesChannelIds: string[]): Promise<PublicNetwork> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "cooperative",
      fields: [...STORE_COOPERATIVE_FIELDS, "artisans.id"],
      filters: { status: PUBLIC_COOPERATIVE_STATUS },
      pagination: { order: { name: "ASC" } },
    },
    { cache: PUBLIC_COOPERATIVE_CACHE }
  )
  const { rows } =
    data.length && salesChannelIds.length
      ? await pgConnection(container).raw(PIECES_ON_SALE_SQL, [
          textArray(data.map((cooperative: any) => cooperative.id)),
          textArray(salesChannelIds),
        ])
      : { rows: [] }
  const piecesOf = groupBy(rows, "cooperative_id")
  const pieceIds: string[] = []
  const cooperatives = data.map(({ artisans, ...cooperative }: any): PublicCooperative => {
    const pieces = piecesOf.get(cooperative.id) ?? []
    pieceIds.push(...pieces.map((piece: any) => piece.product_id as string))
    return { ...cooperative, product_count: pieces.length, artisan_count: (artisans ?? []).filter(Boolean).length }
  })
  const sum = (count: (cooperative: PublicCooperative) => number) => cooperatives.reduce((total, c) => total + count(c), 0)
  return {
    cooperatives,
    pieceIds,
    totals: {
      cooperatives: cooperatives.length,
      artisans: sum((cooperative) => cooperative.artisan_count),
      member_families: sum((cooperative) => cooperative.member_families ?? 0),
      products: pieceIds.length,
    },
  }
}

const PIECE_SUMMARY_FIELDS = ["id", "handle", "title", "subtitle", "thumbnail", "status", "sales_channels.id"]

/**
 * One published cooperative by handle, with its artisans and its pieces on sale (counted by the
 * same rule as loadPublicNetwork). Drafts and archived cooperatives: the same 404 as an unknown handle.
 */
export async function getPublicCooperative(
  container: MedusaContainer,
  handle: string,
  salesChannelIds: string[]
): Promise<StoreCooperativeDetail> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "cooperative",
      fields: [
        ...STORE_COOPERATIVE_FIELDS,
        ...STORE_ARTISAN_FIELDS.map((field) => `artisans.${field}`),
        ...PIECE_SUMMARY_FIELDS.map((field) => `products.${field}`),
      ],
      filters: { handle, status: PUBLIC_COOPERATIVE_STATUS },
    },
    { cache: PUBLIC_COOPERATIVE_CACHE }
  )
  const found = data[0] as any
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with handle "${handle}".`)
  }
  const { products, ...cooperative } = found
  const pieces = piecesOnSale(products as LinkedProduct[], salesChannelIds).map(({ status, sales_channels, ...piece }: any) => piece)
  return { ...cooperative, products: pieces, product_count: pieces.length }
}
