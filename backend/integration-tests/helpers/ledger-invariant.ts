import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sleep } from "./checkout"

type Connection = { raw: <T>(sql: string, bindings?: unknown[]) => Promise<{ rows: T[] }> }

type EarningRow = {
  id: string
  order_id: string | null
  cooperative_id: string
  amount: string
  currency_code: string
  snapshot: { quantity?: unknown; variant_id?: unknown; producer_price?: { id?: unknown; amount?: unknown } } | null
}

type LineRow = {
  order_id: string
  order_status: string
  line_id: string
  variant_id: string | null
  quantity: string
  units_back: string
  cooperative_at_sale: string | null
  producer_price_id: string | null
  producer_price_currency: string | null
  producer_price_centavos: string | null
  price_unchanged_since_sale: boolean | null
  earnings: EarningRow[] | null
  reversed: string | null
  reversal_cooperatives: string[] | null
}

type CooperativeRow = { cooperative_id: string; net: string; off_lines: string[] | null }

/*
 * Every line of every placed order (its version now), with what the ledger holds for it: the
 * cooperative its product belonged to when the order was placed, the variant's producer price,
 * its earnings and the sum of its reversals. Units back are Medusa's own counters, not Telar's.
 */
const LINES_SQL = `
select o.id as order_id, o.status as order_status, li.id as line_id, li.variant_id,
  oi.quantity::text as quantity,
  (oi.return_received_quantity + oi.return_dismissed_quantity)::text as units_back,
  link.cooperative_id as cooperative_at_sale,
  price.id as producer_price_id, lower(price.currency_code) as producer_price_currency,
  round(price.amount * 100)::text as producer_price_centavos,
  price.updated_at <= o.created_at as price_unchanged_since_sale,
  earning.rows as earnings, reversal.reversed::text as reversed, reversal.cooperatives as reversal_cooperatives
from "order" o
join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
join order_line_item li on li.id = oi.item_id and li.deleted_at is null
left join lateral (
  select l.cooperative_id from cooperative_cooperative_product_product l
  where l.product_id = li.product_id and l.created_at <= o.created_at and (l.deleted_at is null or l.deleted_at > o.created_at)
  order by l.created_at desc limit 1
) link on true
left join lateral (
  select p.id, p.amount, p.currency_code, p.updated_at
  from product_product_variant_cooperative_producer_price vp
  join producer_price p on p.id = vp.producer_price_id and p.deleted_at is null
  where vp.product_variant_id = li.variant_id and vp.deleted_at is null
  limit 1
) price on true
left join lateral (
  select json_agg(json_build_object('id', e.id, 'order_id', e.order_id, 'cooperative_id', e.cooperative_id,
    'amount', e.amount::text, 'currency_code', e.currency_code, 'snapshot', e.snapshot) order by e.created_at) as rows
  from ledger_entry e where e.type = 'earning' and e.line_item_id = li.id
) earning on true
left join lateral (
  select sum(r.amount) as reversed, array_agg(distinct r.cooperative_id) as cooperatives
  from ledger_entry r where r.type = 'reversal' and r.line_item_id = li.id
) reversal on true
where o.deleted_at is null and o.is_draft_order = false and o.status <> 'draft'
order by o.created_at, li.id`

/** Each cooperative's earnings less reversals, summed by the database, and the entries of those types on no order line. */
const COOPERATIVES_SQL = `
select e.cooperative_id, sum(e.amount)::text as net,
  array_agg(e.type || ' ' || e.id || ' (' || e.amount || ', line ' || coalesce(e.line_item_id, 'none') || ')') filter (
    where not exists (select 1 from order_line_item li where li.id = e.line_item_id)
  ) as off_lines
from ledger_entry e where e.type in ('earning', 'reversal')
group by e.cooperative_id`

const integer = (value: unknown): number | null => {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof number === "number" && Number.isSafeInteger(number) ? number : null
}

/** Orders whose lines the running test leaves without earnings on purpose, and why. */
const missingEarningsAllowed = new Map<string, string>()

export const ledgerInvariant = {
  /**
   * For the running test only: these orders' lines may have no earning (a test of a lost
   * order.placed that stops before the catch-up). Every other rule still holds for them.
   */
  allowMissingEarnings(orderIds: string[], why: string) {
    for (const id of orderIds) missingEarningsAllowed.set(id, why)
  },
}

/** What is wrong with one line: its earning against its snapshot, and what is left of it. */
function lineProblems(line: LineRow): { problems: string[]; net: { cooperative_id: string; amount: number } | null } {
  const problems: string[] = []
  const at = `order ${line.order_id} line ${line.line_id}`
  const quantity = integer(line.quantity)
  const unitsBack = integer(line.units_back) ?? 0
  const reversed = integer(line.reversed ?? "0") ?? 0
  const earnings = line.earnings ?? []
  if (earnings.length > 1) problems.push(`${at}: ${earnings.length} earnings (${earnings.map((e) => e.id).join(", ")}), not one`)

  const [earning] = earnings
  if (!earning) {
    const centavos = integer(line.producer_price_centavos)
    const owed =
      line.order_status !== "canceled" &&
      !!line.cooperative_at_sale &&
      line.producer_price_currency === "mxn" &&
      line.price_unchanged_since_sale === true &&
      centavos !== null &&
      centavos > 0
    if (owed && !missingEarningsAllowed.has(line.order_id)) {
      problems.push(
        `${at}: no earning, though variant ${line.variant_id} was cooperative ${line.cooperative_at_sale}'s at ${centavos} centavos × ${quantity}`
      )
    }
    if (reversed !== 0) problems.push(`${at}: reversals of ${reversed} centavos and no earning to reverse`)
    return { problems, net: null }
  }

  const amount = integer(earning.amount) ?? Number.NaN
  const snapshot = earning.snapshot ?? {}
  const snapQuantity = integer(snapshot.quantity)
  const snapPrice = integer(snapshot.producer_price?.amount)
  const entry = `earning ${earning.id}`
  if (snapQuantity === null || snapPrice === null) {
    problems.push(`${at}: ${entry} has no producer price × quantity in its snapshot (${JSON.stringify(snapshot)})`)
  } else if (amount !== snapPrice * snapQuantity) {
    problems.push(`${at}: ${entry} is ${amount} centavos, its snapshot says ${snapPrice} × ${snapQuantity} = ${snapPrice * snapQuantity}`)
  }
  if (snapQuantity !== null && snapQuantity !== quantity)
    problems.push(`${at}: ${entry} was for ${snapQuantity} units, the line has ${quantity}`)
  if (snapshot.variant_id !== line.variant_id)
    problems.push(`${at}: ${entry} is for variant ${snapshot.variant_id}, the line's is ${line.variant_id}`)
  if (earning.order_id !== line.order_id) problems.push(`${at}: ${entry} names order ${earning.order_id}`)
  if (earning.currency_code !== "mxn") problems.push(`${at}: ${entry} is in ${earning.currency_code}, not the ledger's mxn`)
  if (line.cooperative_at_sale && earning.cooperative_id !== line.cooperative_at_sale) {
    problems.push(`${at}: ${entry} pays cooperative ${earning.cooperative_id}; the piece was ${line.cooperative_at_sale}'s when sold`)
  }
  if (line.producer_price_id && snapshot.producer_price?.id !== line.producer_price_id) {
    problems.push(`${at}: ${entry} used producer price ${snapshot.producer_price?.id}, the variant's is ${line.producer_price_id}`)
  }
  const centavos = integer(line.producer_price_centavos)
  if (line.price_unchanged_since_sale && line.producer_price_currency === "mxn" && snapPrice !== null && centavos !== snapPrice) {
    problems.push(`${at}: ${entry} used ${snapPrice} centavos a unit; the producer price, unchanged since the sale, is ${centavos}`)
  }
  const others = (line.reversal_cooperatives ?? []).filter((id) => id !== earning.cooperative_id)
  if (others.length) problems.push(`${at}: reversed for cooperative(s) ${others.join(", ")}, earned by ${earning.cooperative_id}`)

  const net = amount + reversed
  const numbers = `earning ${amount}, reversals ${reversed}, net ${net}`
  if (net < 0 || net > amount) problems.push(`${at}: net outside 0..earning (${numbers})`)
  if (line.order_status === "canceled" && net !== 0) problems.push(`${at}: order canceled but the line nets ${net} (${numbers})`)
  if (quantity !== null && unitsBack >= quantity && net !== 0) {
    problems.push(`${at}: all ${quantity} units received back but the line nets ${net} (${numbers})`)
  }
  return { problems, net: { cooperative_id: earning.cooperative_id, amount: net } }
}

/** Every violation of the payout ledger's invariant over every order in the database, as sentences. */
export async function ledgerViolations(container: MedusaContainer): Promise<string[]> {
  const pg = container.resolve<Connection>(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ rows: lines }, { rows: cooperatives }] = await Promise.all([
    pg.raw<LineRow>(LINES_SQL),
    pg.raw<CooperativeRow>(COOPERATIVES_SQL),
  ])
  const problems: string[] = []
  const netOfLines = new Map<string, number>()
  for (const line of lines) {
    const checked = lineProblems(line)
    problems.push(...checked.problems)
    if (checked.net) netOfLines.set(checked.net.cooperative_id, (netOfLines.get(checked.net.cooperative_id) ?? 0) + checked.net.amount)
  }
  for (const row of cooperatives) {
    const inLedger = integer(row.net)
    const ofLines = netOfLines.get(row.cooperative_id) ?? 0
    netOfLines.delete(row.cooperative_id)
    if (inLedger !== ofLines) {
      const off = row.off_lines?.length ? `; on no order line: ${row.off_lines.join(", ")}` : ""
      problems.push(`cooperative ${row.cooperative_id}: earnings − reversals = ${inLedger} in the ledger, its lines net ${ofLines}${off}`)
    }
  }
  for (const [cooperativeId, ofLines] of netOfLines) {
    problems.push(`cooperative ${cooperativeId}: its lines net ${ofLines} but the ledger sums nothing for it`)
  }
  return problems
}

/**
 * Checks the invariant after a test. Subscribers write earnings and reversals after the request
 * that caused them has answered, so a violation is only reported once it outlasts `settleMs`.
 */
export async function assertLedgerInvariant(container: MedusaContainer, settleMs = 10_000) {
  const deadline = Date.now() + settleMs
  try {
    for (;;) {
      const problems = await ledgerViolations(container)
      if (!problems.length) return
      if (Date.now() >= deadline) {
        const shown = problems.slice(0, 20).join("\n  ")
        const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ""
        const allowed = [...missingEarningsAllowed].map(([orderId, why]) => `\n  (order ${orderId} may lack earnings: ${why})`).join("")
        throw new Error(`Payout ledger invariant broken after this test:\n  ${shown}${more}${allowed}`)
      }
      await sleep(250)
    }
  } finally {
    missingEarningsAllowed.clear()
  }
}
