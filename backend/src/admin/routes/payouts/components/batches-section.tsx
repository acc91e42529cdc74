import { StatusBadge, Table } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AdminPayoutBatch } from "@telar/types"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime } from "../../../lib/activity"
import { adminFetch } from "../../../lib/api"
import { ListTable } from "../../../lib/components/list-table"
import { Section } from "../../../lib/components/section"
import { formatMoney } from "../../../lib/money"
import { BATCH_STATUS_BADGES, batchTodo, payoutKeys } from "../../../lib/payouts"

const PAGE_SIZE = 20

/** The batches made so far, newest first, with what each still waits for. */
export const BatchesSection = () => {
  const [page, setPage] = useState(0)
  const params = { limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, error, isLoading } = useQuery({
    queryKey: payoutKeys.batches(params),
    queryFn: () => adminFetch<{ payout_batches: AdminPayoutBatch[]; count: number }>("/admin/payout-batches", { query: params }),
    placeholderData: keepPreviousData,
  })
  const batches = data?.payout_batches ?? []
  const count = data?.count ?? 0

  return (
    <Section
      title="Payout batches"
      description="Newest first. Open a batch to download its bank file and settle its payouts."
      testId="payout-batches"
    >
      <div className="flex flex-col gap-y-4">
        <ListTable
          error={error}
          isLoading={isLoading}
          what="batches"
          isEmpty={!batches.length}
          empty="No batch yet: tick cooperatives above and create one."
          header={
            <>
              <Table.HeaderCell>Created</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Payouts</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Paid</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Pending</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Failed</Table.HeaderCell>
              <Table.HeaderCell>Waiting for</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
            </>
          }
          pager={{ count, pageSize: PAGE_SIZE, page, setPage }}
        >
          {batches.map((batch) => {
            const badge = BATCH_STATUS_BADGES[batch.status]
            const todo = batchTodo(batch)
            const currency = batch.totals.currency_code
            const waiting = [todo.spei ? `${todo.spei} SPEI to settle` : "", todo.stripe ? `${todo.stripe} Stripe to retry` : ""]
              .filter(Boolean)
              .join(", ")
            return (
              <Table.Row key={batch.id} data-testid="payout-batch-row">
                <Table.Cell className="whitespace-nowrap">
                  <Link to={`/payouts/batches/${batch.id}`} className="text-ui-fg-interactive hover:underline">
                    {formatDateTime(batch.created_at)}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={badge?.color ?? "grey"}>{badge?.label ?? batch.status}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{batch.payouts.length}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoney(batch.totals.amount, currency)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoney(batch.totals.paid, currency)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoney(batch.totals.pending, currency)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoney(batch.totals.failed, currency)}</Table.Cell>
                <Table.Cell>{waiting || "—"}</Table.Cell>
                <Table.Cell className="max-w-[16rem] truncate">{batch.note ?? ""}</Table.Cell>
              </Table.Row>
            )
          })}
        </ListTable>
      </div>
    </Section>
  )
}
