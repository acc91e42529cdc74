import { Button, StatusBadge, Text } from "@medusajs/ui"
import type { AdminPayout } from "@telar/types"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime } from "../../../lib/activity"
import { ErrorAlert, Loading, Muted } from "../../../lib/components/feedback"
import { Section } from "../../../lib/components/section"
import { PAYOUT_METHOD_LABELS } from "../../../lib/constants"
import { formatMoney } from "../../../lib/money"
import { PAYOUT_STATUS_BADGES } from "../../../lib/payouts"

const FIRST = 8

type Props = { payouts: AdminPayout[]; count: number; error: unknown; isLoading: boolean }

/** The cooperative's payouts, newest first, each linking to its batch (where it is settled). */
export const CooperativePayoutsSection = ({ payouts, count, error, isLoading }: Props) => {
  const [all, setAll] = useState(false)
  const shown = all ? payouts : payouts.slice(0, FIRST)
  return (
    <Section title="Payouts" description="Newest first; open a batch to settle its payouts." testId="payout-cooperative-payouts">
      <div className="flex flex-col gap-y-3">
        <ErrorAlert error={error} />
        {isLoading ? (
          <Loading what="payouts" />
        ) : !payouts.length ? (
          <Muted>Not paid yet: create a batch on the Payouts page.</Muted>
        ) : (
          <ul className="flex flex-col divide-y">
            {shown.map((payout) => {
              const badge = PAYOUT_STATUS_BADGES[payout.status]
              return (
                <li key={payout.id} className="flex items-start justify-between gap-4 py-2">
                  <div className="min-w-0">
                    <Text size="small" weight="plus" leading="compact">
                      <Link to={`/payouts/batches/${payout.batch_id}`} className="text-ui-fg-interactive hover:underline">
                        {formatMoney(payout.amount, payout.currency_code)}
                      </Link>
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {formatDateTime(payout.created_at)} · {PAYOUT_METHOD_LABELS[payout.method] ?? payout.method}
                      {payout.tracking_key ? ` · ${payout.tracking_key}` : ""}
                      {payout.failure_reason ? ` · ${payout.failure_reason}` : ""}
                    </Text>
                  </div>
                  <StatusBadge color={badge?.color ?? "grey"}>{badge?.label ?? payout.status}</StatusBadge>
                </li>
              )
            })}
          </ul>
        )}
        {!all && payouts.length > FIRST ? (
          <div>
            <Button size="small" variant="secondary" onClick={() => setAll(true)}>
              Show all {payouts.length}
            </Button>
          </div>
        ) : null}
        {count > payouts.length ? (
          <Muted>
            The newest {payouts.length} of {count} payouts are listed.
          </Muted>
        ) : null}
      </div>
    </Section>
  )
}
