import { Button, Input, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime } from "../../../lib/activity"
import { adminFetch } from "../../../lib/api"
import { ErrorAlert, Muted } from "../../../lib/components/feedback"
import { LabeledControl } from "../../../lib/components/fields"
import { ListTable } from "../../../lib/components/list-table"
import { Section } from "../../../lib/components/section"
import { LEDGER_ENTRY_LABELS, LEDGER_ENTRY_TYPES } from "../../../lib/constants"
import { formatMoney } from "../../../lib/money"
import { payoutKeys } from "../../../lib/payouts"
import {
  type AdminLedgerEntryWithSnapshot,
  EMPTY_LEDGER_FILTERS,
  type LedgerFilters,
  ledgerEntryDetail,
  ledgerQuery,
  orderIdError,
} from "../../../lib/payouts-ledger"
import type { AdminLedgerPage } from "../../../lib/types"

const PAGE_SIZE = 50

type Props = { cooperativeId: string; batchOfPayout: Map<string, string> }

/** What an entry refers to, as links where the admin has a page for it. */
const Reference = ({ entry, batchOfPayout }: { entry: AdminLedgerEntryWithSnapshot; batchOfPayout: Map<string, string> }) => {
  if (entry.payout_id) {
    const batchId = batchOfPayout.get(entry.payout_id)
    return batchId ? (
      <Link to={`/payouts/batches/${batchId}`} className="text-ui-fg-interactive hover:underline">
        Payout {entry.payout_id}
      </Link>
    ) : (
      <>Payout {entry.payout_id}</>
    )
  }
  const order = entry.order_id ? (
    <Link to={`/orders/${entry.order_id}`} className="text-ui-fg-interactive hover:underline">
      Order {entry.order_id}
    </Link>
  ) : null
  const extra = entry.return_id ? `Return ${entry.return_id}` : entry.refund_id ? `Refund ${entry.refund_id}` : ""
  if (!order && !extra) return <>—</>
  return (
    <>
      {order}
      {order && extra ? " · " : ""}
      {extra}
    </>
  )
}

/** The cooperative's whole ledger, newest first, filtered by type and order; read-only, corrections are new entries. */
export const LedgerEntriesSection = ({ cooperativeId, batchOfPayout }: Props) => {
  const [draft, setDraft] = useState<LedgerFilters>(EMPTY_LEDGER_FILTERS)
  const [filters, setFilters] = useState<LedgerFilters>(EMPTY_LEDGER_FILTERS)
  const [orderError, setOrderError] = useState<string | null>(null)
  const [page, setPage] = useState(0)
  const query = ledgerQuery(filters, page, PAGE_SIZE)
  const { data, error, isLoading } = useQuery({
    queryKey: payoutKeys.ledger(cooperativeId, query),
    queryFn: () => adminFetch<AdminLedgerPage>(`/admin/cooperatives/${cooperativeId}/ledger`, { query }),
    placeholderData: keepPreviousData,
  })
  const entries = (data?.ledger_entries ?? []) as AdminLedgerEntryWithSnapshot[]
  const count = data?.count ?? 0
  const filtered = filters.type !== "all" || !!filters.order_id.trim()

  const apply = (next: LedgerFilters) => {
    const problem = orderIdError(next.order_id)
    setOrderError(problem)
    if (problem) return
    setDraft(next)
    setFilters(next)
    setPage(0)
  }

  return (
    <Section
      title="Ledger"
      description="Every entry, newest first: earnings when orders are placed, reversals, advances and their recoupment, payouts. Corrections are new entries; nothing is edited."
      testId="payout-ledger"
    >
      <div className="flex flex-col gap-y-4">
        <form
          className="flex flex-wrap items-end gap-3"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            apply(draft)
          }}
        >
          <LabeledControl label="Type" className="w-52">
            {(id) => (
              <Select value={draft.type} onValueChange={(value) => apply({ ...draft, type: value as LedgerFilters["type"] })}>
                <Select.Trigger id={id}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="all">All types</Select.Item>
                  {LEDGER_ENTRY_TYPES.map((type) => (
                    <Select.Item key={type} value={type}>
                      {LEDGER_ENTRY_LABELS[type]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
          </LabeledControl>
          <LabeledControl label="Order id" className="w-72">
            {(id) => (
              <Input
                id={id}
                size="small"
                placeholder="order_01…"
                value={draft.order_id}
                aria-invalid={!!orderError}
                onChange={(event) => setDraft({ ...draft, order_id: event.target.value })}
              />
            )}
          </LabeledControl>
          <Button type="submit" size="small" variant="secondary">
            Filter
          </Button>
          {filtered ? (
            <Button type="button" size="small" variant="transparent" onClick={() => apply(EMPTY_LEDGER_FILTERS)}>
              Clear filters
            </Button>
          ) : null}
        </form>
        {orderError ? <ErrorAlert error={new Error(orderError)} /> : null}
        <Muted>To see a period of dates, open the printable statement below: its entries, opening and closing balance.</Muted>
        <ListTable
          error={error}
          isLoading={isLoading}
          what="the ledger"
          isEmpty={!entries.length}
          empty={
            filtered
              ? "No entry matches these filters."
              : "No entries yet: earnings are written when an order with this cooperative's pieces is placed."
          }
          header={
            <>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Refers to</Table.HeaderCell>
              <Table.HeaderCell>Detail</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            </>
          }
          pager={{ count, pageSize: PAGE_SIZE, page, setPage }}
        >
          {entries.map((entry) => {
            const detail = [ledgerEntryDetail(entry), entry.note ?? ""].filter(Boolean).join(" · ")
            return (
              <Table.Row key={entry.id} data-testid="payout-ledger-entry">
                <Table.Cell className="whitespace-nowrap">{formatDateTime(entry.created_at)}</Table.Cell>
                <Table.Cell>{LEDGER_ENTRY_LABELS[entry.type] ?? entry.type}</Table.Cell>
                <Table.Cell className="max-w-[18rem] truncate">
                  <Reference entry={entry} batchOfPayout={batchOfPayout} />
                </Table.Cell>
                <Table.Cell className="max-w-[20rem]">
                  <Text size="small" className="break-words">
                    {detail || "—"}
                  </Text>
                </Table.Cell>
                <Table.Cell className={`text-right tabular-nums ${entry.amount < 0 ? "text-ui-fg-error" : ""}`}>
                  {formatMoney(entry.amount, entry.currency_code)}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </ListTable>
      </div>
    </Section>
  )
}
