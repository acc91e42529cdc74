import { Button, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime, ledgerReference } from "../../../lib/activity"
import { adminFetch } from "../../../lib/api"
import { ErrorAlert, Loading, Muted } from "../../../lib/components/feedback"
import { Section } from "../../../lib/components/section"
import { LEDGER_ENTRY_LABELS } from "../../../lib/constants"
import { formatMoney } from "../../../lib/money"
import { telarKeys } from "../../../lib/queries"
import type { AdminLedgerPage } from "../../../lib/types"

const STEP = 10
// The ledger route serves at most this many entries a page.
const MAX_LIMIT = 200

/** What the network owes the cooperative and the latest ledger entries. Read-only: the ledger has no edit path. */
export const LedgerSection = ({ cooperativeId }: { cooperativeId: string }) => {
  const [limit, setLimit] = useState(STEP)
  const { data, error, isLoading, isFetching } = useQuery({
    queryKey: telarKeys.ledger(cooperativeId, limit),
    queryFn: () => adminFetch<AdminLedgerPage>(`/admin/cooperatives/${cooperativeId}/ledger`, { query: { limit } }),
    placeholderData: keepPreviousData,
  })
  const entries = data?.ledger_entries ?? []

  return (
    <Section
      title="Ledger"
      description="Earnings, reversals, advances and payouts, newest first. Corrections are new entries."
      testId="cooperative-ledger"
      actions={
        <Button size="small" variant="secondary" asChild>
          <Link to={`/payouts/cooperatives/${cooperativeId}`}>Full ledger and statement</Link>
        </Button>
      }
    >
      <div className="flex flex-col gap-y-4">
        <ErrorAlert error={error} />
        {isLoading ? (
          <Loading what="the ledger" />
        ) : data ? (
          <>
            <div>
              <Text size="small" className="text-ui-fg-subtle">
                Balance owed
              </Text>
              <Heading level="h2" className="tabular-nums" data-testid="cooperative-balance">
                {formatMoney(data.balance.amount, data.balance.currency_code)}
              </Heading>
            </div>
            {!entries.length ? (
              <Muted>No entries yet: earnings are written when an order with this cooperative's pieces is placed.</Muted>
            ) : (
              <ul className="flex flex-col divide-y">
                {entries.map((entry) => (
                  <li key={entry.id} className="flex items-start justify-between gap-4 py-2">
                    <div className="min-w-0">
                      <Text size="small" weight="plus" leading="compact">
                        {LEDGER_ENTRY_LABELS[entry.type] ?? entry.type}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {formatDateTime(entry.created_at)} · {ledgerReference(entry)}
                      </Text>
                      {entry.note ? (
                        <Text size="xsmall" className="break-words text-ui-fg-subtle">
                          {entry.note}
                        </Text>
                      ) : null}
                    </div>
                    <Text size="small" leading="compact" className={`shrink-0 tabular-nums ${entry.amount < 0 ? "text-ui-fg-error" : ""}`}>
                      {formatMoney(entry.amount, entry.currency_code)}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {data.count > entries.length && limit >= MAX_LIMIT ? <Muted>The newest {MAX_LIMIT} entries are shown.</Muted> : null}
            {data.count > entries.length && limit < MAX_LIMIT ? (
              <div>
                <Button
                  size="small"
                  variant="secondary"
                  isLoading={isFetching}
                  onClick={() => setLimit((current) => Math.min(MAX_LIMIT, current + STEP * 2))}
                >
                  Show more ({data.count - entries.length} older)
                </Button>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </Section>
  )
}
