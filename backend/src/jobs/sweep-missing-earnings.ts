import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../modules/payout"
import type PayoutModuleService from "../modules/payout/service"
import { recordOrderEarningsWorkflow } from "../workflows/payout/record-order-earnings"

const PAGE = 200
const ACTOR = { type: "system" as const, id: "job:sweep-missing-earnings" }

export type EarningsSweepReport = {
  checked: number
  /** Orders with no earnings whose producer prices changed since the sale: staff settle them by hand. */
  needs_staff: string[]
  recorded: { order_id: string; entries: number }[]
  failed: { order_id: string; error: string }[]
}

type OrderRow = { id: string; created_at: string | Date; items?: ({ id: string; variant_id?: string | null } | null)[] | null }
type VariantRow = {
  id: string
  product?: { cooperative?: { id?: string } | null } | null
  producer_price?: { updated_at?: string | Date } | null
}

/**
 * Orders placed since `since` (not cancelled, not drafts) that owe a cooperative something and
 * have no ledger entry at all: their order.placed was lost (or its handler failed for good).
 * "Owe" means a line of a cooperative's piece whose producer price was set before the order:
 * a price agreed after the sale is staff's to settle with an adjustment, not the sweep's.
 */
export async function findOrdersMissingEarnings(
  container: MedusaContainer,
  since: Date
): Promise<{ checked: number; order_ids: string[]; needs_staff: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const missing: string[] = []
  const needsStaff: string[] = []
  let checked = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "created_at", "items.id", "items.variant_id"],
      filters: { created_at: { $gte: since }, status: { $nin: ["canceled", "draft"] }, is_draft_order: false },
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    const orders = data as unknown as OrderRow[]
    checked += orders.length
    const orderIds = orders.map((order) => order.id)
    const inLedger = orderIds.length
      ? new Set(
          (await ledger.listLedgerEntries({ order_id: orderIds }, { select: ["order_id"], take: null })).map((entry) => entry.order_id)
        )
      : new Set<string | null>()
    const candidates = orders.filter((order) => !inLedger.has(order.id))
    const variantIds = [
      ...new Set(candidates.flatMap((order) => (order.items ?? []).map((item) => item?.variant_id)).filter((id): id is string => !!id)),
    ]
    const { data: variants } = variantIds.length
      ? await query.graph({
          entity: "product_variant",
          fields: ["id", "product.cooperative.id", "producer_price.updated_at"],
          filters: { id: variantIds },
        })
      : { data: [] }
    const terms = new Map((variants as VariantRow[]).map((variant) => [variant.id, variant]))
    for (const order of candidates) {
      const placedAt = new Date(order.created_at).getTime()
      const pricedAt = (order.items ?? []).flatMap((item) => {
        const variant = item?.variant_id ? terms.get(item.variant_id) : undefined
        const updatedAt = variant?.producer_price?.updated_at
        return variant?.product?.cooperative?.id && updatedAt ? [new Date(updatedAt).getTime()] : []
      })
      if (pricedAt.some((time) => time <= placedAt)) missing.push(order.id)
      else if (pricedAt.length) needsStaff.push(order.id)
    }
    if (orders.length < PAGE) break
  }
  return { checked, order_ids: missing, needs_staff: needsStaff }
}

/** Writes the earnings of every order that missed them (the workflow is idempotent: a race with the subscriber writes nothing twice). */
export async function sweepMissingEarnings(container: MedusaContainer, since: Date): Promise<EarningsSweepReport> {
  const { checked, order_ids, needs_staff } = await findOrdersMissingEarnings(container, since)
  const report: EarningsSweepReport = { checked, needs_staff, recorded: [], failed: [] }
  for (const orderId of order_ids) {
    try {
      const { result } = await recordOrderEarningsWorkflow(container).run({ input: { order_id: orderId, actor: ACTOR } })
      report.recorded.push({ order_id: orderId, entries: result.appended.filter((appended) => appended.created).length })
    } catch (error) {
      report.failed.push({ order_id: orderId, error: (error as Error).message })
    }
  }
  return report
}

/**
 * Every few minutes: earnings of recent orders whose order.placed never reached the ledger. One
 * process at a time (the locking module, Redis-backed with REDIS_URL); the others skip.
 */
export default async function sweepMissingEarningsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const locking = container.resolve(Modules.LOCKING)
  const ownerId = `earnings-sweep-${process.pid}-${Date.now()}`
  const acquired = await locking.acquire("telar:sweep-missing-earnings", { ownerId, expire: 600 }).then(
    () => true,
    () => false
  )
  if (!acquired) return
  try {
    const days = Number(process.env.TELAR_EARNINGS_SWEEP_DAYS) || 7
    const report = await sweepMissingEarnings(container, new Date(Date.now() - days * 24 * 60 * 60 * 1000))
    for (const { order_id, entries } of report.recorded) {
      logger.warn(`Ledger: order ${order_id} had no earnings (its order.placed was lost); ${entries} written by the sweep.`)
    }
    for (const orderId of report.needs_staff) {
      logger.warn(`Ledger: order ${orderId} has no earnings and its producer prices changed since the sale: record them by hand.`)
    }
    for (const { order_id, error } of report.failed) {
      logger.error(`Ledger: the sweep could not write the earnings of order ${order_id}, will retry: ${error}`)
    }
  } finally {
    await locking.release("telar:sweep-missing-earnings", { ownerId }).catch(() => undefined)
  }
}

export const config = {
  name: "telar-sweep-missing-earnings",
  schedule: process.env.TELAR_EARNINGS_SWEEP_SCHEDULE || "*/10 * * * *",
}
