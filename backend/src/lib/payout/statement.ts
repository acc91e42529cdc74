import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { PAYOUT_MODULE } from "../../modules/payout"
import type { LedgerEntryRecord } from "../../modules/payout/service"
import type PayoutModuleService from "../../modules/payout/service"
import { LEDGER_CURRENCY } from "../../modules/payout/service"
import { formatMoney } from "../../modules/smtp-notification/templates/format"
import { html, SafeHtml } from "../../modules/smtp-notification/templates/html"
import { STATEMENT_TEXT, type StatementLocale } from "./statement-text"

/** A statement's days are Chiapas' calendar days, as the storefront and the emails show time. */
export const STATEMENT_TIME_ZONE = "America/Mexico_City"
/** More entries than this in one period: a shorter period is asked for rather than a cut list. */
export const STATEMENT_MAX_ENTRIES = 2000

const INTL_LOCALE: Record<StatementLocale, string> = { es: "es-MX", en: "en-US" }

/** Today's date (YYYY-MM-DD) in the statement's time zone. */
export function statementToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: STATEMENT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

/** From the first of this month to today, when staff or a coordinator ask for no period. */
export function defaultStatementPeriod(now = new Date()): { from: string; to: string } {
  const today = statementToday(now)
  return { from: `${today.slice(0, 8)}01`, to: today }
}

/** Order numbers and piece names the entries refer to. */
export type StatementLookups = {
  orders: Map<string, { display_id: number | null }>
  lines: Map<string, { title: string }>
}

export type StatementData = {
  cooperative: { id: string; name: string; community?: string | null; municipality?: string | null }
  from: string
  to: string
  opening: number
  closing: number
  entries: LedgerEntryRecord[]
  lookups: StatementLookups
  generated_at: Date
  locale: StatementLocale
}

/** A calendar day (YYYY-MM-DD) written out: formatted at noon UTC so no zone moves it a day. */
function formatDay(day: string, locale: StatementLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`))
}

function formatEntryDate(date: Date, locale: StatementLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: STATEMENT_TIME_ZONE }).format(date)
}

/** What an entry is about, in words: the order and piece, the payout's reference, or the staff's note. */
function entryDetail(entry: LedgerEntryRecord, lookups: StatementLookups, locale: StatementLocale): string {
  const text = STATEMENT_TEXT[locale]
  const snapshot = (entry.snapshot ?? {}) as Record<string, unknown>
  const parts: string[] = []
  if (entry.order_id) {
    const displayId = lookups.orders.get(entry.order_id)?.display_id
    parts.push(displayId ? text.order(displayId) : entry.order_id)
  }
  const line = entry.line_item_id ? lookups.lines.get(entry.line_item_id) : undefined
  if (line) parts.push(typeof snapshot.quantity === "number" ? `${line.title} × ${snapshot.quantity}` : line.title)
  if (entry.type === "reversal" && typeof snapshot.cause === "string" && snapshot.cause in text.causes) {
    parts.push(text.causes[snapshot.cause as keyof typeof text.causes])
  }
  if (entry.note && entry.type !== "reversal") parts.push(entry.note)
  return parts.join(" · ")
}

const STYLE = `
  body { margin: 0; background: #f6f1ea; color: #222; font: 14px/1.45 Helvetica, Arial, sans-serif; }
  main { max-width: 60rem; margin: 0 auto; padding: 2rem; background: #fff; }
  h1 { margin: 0 0 .25rem; font-size: 1.5rem; color: #7a2e1f; }
  .brand { margin: 0 0 1rem; color: #7a2e1f; font-weight: 600; letter-spacing: .04em; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  th, td { padding: .4rem .5rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
  th { background: #f6f1ea; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .summary td { font-size: 1rem; }
  .total td { font-weight: 700; border-top: 2px solid #222; }
  .muted { color: #666; font-size: .85rem; }
  @page { size: letter; margin: 15mm; }
  @media print { body { background: #fff; } main { padding: 0; max-width: none; } .no-print { display: none; } tr { break-inside: avoid; } }
`

/** The printable statement page: opening balance, every entry of the period with the running balance, closing balance. */
export function statementHtml(data: StatementData): string {
  const { locale } = data
  const text = STATEMENT_TEXT[locale]
  const money = (centavos: number) => formatMoney(centavos, LEDGER_CURRENCY, locale)
  const period = text.period(formatDay(data.from, locale), formatDay(data.to, locale))
  const place = [data.cooperative.community, data.cooperative.municipality].filter(Boolean).join(", ")
  let running = data.opening
  const rows: SafeHtml[] = data.entries.map((entry) => {
    running += entry.amount
    return html`<tr>
<td>${formatEntryDate(entry.created_at, locale)}</td>
<td>${text.types[entry.type]}</td>
<td>${entryDetail(entry, data.lookups, locale)}</td>
<td class="num">${money(entry.amount)}</td>
<td class="num">${money(running)}</td>
</tr>`
  })
  const body = rows.length
    ? html`<table class="entries">
<thead><tr><th>${text.date}</th><th>${text.concept}</th><th>${text.detail}</th><th class="num">${text.amount}</th><th class="num">${text.balance}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`
    : html`<p>${text.noEntries}</p>`
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title} · ${data.cooperative.name} · ${period}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<main>
<p class="brand">${text.brand}</p>
<h1>${text.title}</h1>
<p><strong>${data.cooperative.name}</strong>${place ? ` · ${place}` : ""}</p>
<p>${period}</p>
<p class="no-print muted">${text.printHint}</p>
<table class="summary">
<tr><td>${text.opening(formatDay(data.from, locale))}</td><td class="num">${money(data.opening)}</td></tr>
<tr><td>${text.movements}</td><td class="num">${money(data.closing - data.opening)}</td></tr>
<tr class="total"><td>${text.closing(formatDay(data.to, locale))}</td><td class="num">${money(data.closing)}</td></tr>
</table>
${body}
<p class="muted">${text.explanation}</p>
<p class="muted">${text.generated(new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "short", timeZone: STATEMENT_TIME_ZONE }).format(data.generated_at))} · ${data.cooperative.id}</p>
</main>
</body>
</html>`.markup
}

/** Loads a cooperative's statement of a period and renders it; 404 for an unknown cooperative. */
export async function cooperativeStatement(
  container: MedusaContainer,
  input: { cooperative_id: string; from: string; to: string; locale: StatementLocale }
): Promise<string> {
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative] = await cooperatives.listCooperatives(
    { id: input.cooperative_id },
    { select: ["id", "name", "community", "municipality"], take: 1 }
  )
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative "${input.cooperative_id}" was not found.`)
  const statement = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).statementEntries({
    cooperative_id: cooperative.id,
    from: input.from,
    to: input.to,
    time_zone: STATEMENT_TIME_ZONE,
    max_entries: STATEMENT_MAX_ENTRIES,
  })
  if (statement.truncated) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This period has more than ${STATEMENT_MAX_ENTRIES} ledger entries: choose a shorter period (from, to).`
    )
  }
  const orderIds = [...new Set(statement.entries.map((entry) => entry.order_id).filter((id): id is string => !!id))]
  const lookups: StatementLookups = { orders: new Map(), lines: new Map() }
  if (orderIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "items.id", "items.title", "items.product_title"],
      filters: { id: orderIds },
    })
    for (const order of orders as {
      id: string
      display_id?: number | null
      items?: ({ id: string; title?: string; product_title?: string | null } | null)[]
    }[]) {
      lookups.orders.set(order.id, { display_id: order.display_id ?? null })
      for (const item of order.items ?? []) {
        if (item) lookups.lines.set(item.id, { title: item.product_title || item.title || item.id })
      }
    }
  }
  return statementHtml({
    cooperative,
    from: input.from,
    to: input.to,
    opening: statement.opening,
    closing: statement.closing,
    entries: statement.entries,
    lookups,
    generated_at: new Date(),
    locale: input.locale,
  })
}
