import { Button, StatusBadge, Table } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { formatDateTime, STOCK_OUTCOME_LABELS, STOCK_SOURCE_LABELS, stockChangeActor, variantNames } from "../../../lib/activity"
import { adminFetch } from "../../../lib/api"
import { ListTable } from "../../../lib/components/list-table"
import { Section } from "../../../lib/components/section"
import { telarKeys } from "../../../lib/queries"
import type { AdminCoordinator, AdminProducerPriceRow, AdminStockChange } from "../../../lib/types"

const STEP = 10

/** Every stock change asked of the cooperative's shelf, newest first: who, when, from what to what, from where. */
export const StockChangesSection = ({ cooperativeId }: { cooperativeId: string }) => {
  const [limit, setLimit] = useState(STEP)
  const changes = useQuery({
    queryKey: telarKeys.stockChanges(cooperativeId, limit),
    queryFn: () =>
      adminFetch<{ stock_changes: AdminStockChange[]; count: number }>(`/admin/cooperatives/${cooperativeId}/stock-changes`, {
        query: { limit },
      }),
    placeholderData: keepPreviousData,
  })
  // Names for the ids a change records; the same queries the other sections use, so no extra requests.
  const coordinators = useQuery({
    queryKey: telarKeys.coordinators(cooperativeId),
    queryFn: () => adminFetch<{ coordinators: AdminCoordinator[] }>(`/admin/cooperatives/${cooperativeId}/coordinators`),
  })
  const prices = useQuery({
    queryKey: telarKeys.producerPrices(cooperativeId),
    queryFn: () => adminFetch<{ producer_prices: AdminProducerPriceRow[] }>(`/admin/cooperatives/${cooperativeId}/producer-prices`),
  })
  const names = variantNames(prices.data?.producer_prices)
  const rows = changes.data?.stock_changes ?? []
  const count = changes.data?.count ?? 0

  return (
    <Section title="Recent stock changes" description="Applied, refused or in conflict; never edited." testId="cooperative-stock-changes">
      <div className="flex flex-col gap-y-4">
        <ListTable
          error={changes.error}
          isLoading={changes.isLoading}
          what="stock changes"
          isEmpty={!rows.length}
          empty="No stock changes yet."
          header={
            <>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Who</Table.HeaderCell>
              <Table.HeaderCell>Piece</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Stock</Table.HeaderCell>
              <Table.HeaderCell>Source</Table.HeaderCell>
              <Table.HeaderCell>Outcome</Table.HeaderCell>
            </>
          }
        >
          {rows.map((change) => {
            const outcome = STOCK_OUTCOME_LABELS[change.outcome]
            return (
              <Table.Row key={change.id}>
                <Table.Cell className="whitespace-nowrap">{formatDateTime(change.created_at)}</Table.Cell>
                <Table.Cell>{stockChangeActor(change, coordinators.data?.coordinators ?? [])}</Table.Cell>
                <Table.Cell>{names.get(change.variant_id) ?? change.variant_id}</Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right tabular-nums">
                  {change.previous_quantity} → {change.new_quantity}
                </Table.Cell>
                <Table.Cell>{STOCK_SOURCE_LABELS[change.source] ?? change.source}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={outcome?.color ?? "grey"}>{outcome?.label ?? change.outcome}</StatusBadge>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </ListTable>
        {count > rows.length ? (
          <div>
            <Button
              size="small"
              variant="secondary"
              isLoading={changes.isFetching}
              onClick={() => setLimit((current) => current + STEP * 2)}
            >
              Show more ({count - rows.length} older)
            </Button>
          </div>
        ) : null}
      </div>
    </Section>
  )
}
