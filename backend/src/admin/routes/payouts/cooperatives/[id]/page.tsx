import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { AdminPayout, CooperativePayoutBalance } from "@telar/types"
import { Link, useParams } from "react-router-dom"
import { adminFetch } from "../../../../lib/api"
import { ErrorAlert, Loading } from "../../../../lib/components/feedback"
import { Detail, Section } from "../../../../lib/components/section"
import { PAYOUT_METHOD_LABELS } from "../../../../lib/constants"
import { formatMoney } from "../../../../lib/money"
import { payoutKeys } from "../../../../lib/payouts"
import { AdvancesSection } from "../../components/advances-section"
import { CooperativePayoutsSection } from "../../components/cooperative-payouts-section"
import { LedgerEntriesSection } from "../../components/ledger-entries-section"
import { StatementSection } from "../../components/statement-section"

// The payout route serves at most this many a page: enough to link every recent payout entry to its batch.
const PAYOUTS_LIMIT = 200

/** One cooperative's money: balance, full ledger with filters, statement, advances and payouts. */
const CooperativePayoutsPage = () => {
  const { id = "" } = useParams()
  const balances = useQuery({
    queryKey: payoutKeys.balances,
    queryFn: () => adminFetch<{ balances: CooperativePayoutBalance[]; count: number }>("/admin/payouts/balances"),
  })
  const payoutsParams = { cooperative_id: id, limit: PAYOUTS_LIMIT }
  const payouts = useQuery({
    queryKey: payoutKeys.cooperativePayouts(id, payoutsParams),
    queryFn: () => adminFetch<{ payouts: AdminPayout[]; count: number }>("/admin/payouts", { query: payoutsParams }),
    enabled: !!id,
  })
  const balance = balances.data?.balances.find((row) => row.cooperative_id === id)
  const batchOfPayout = new Map((payouts.data?.payouts ?? []).map((payout) => [payout.id, payout.batch_id]))

  const back = (
    <Text size="small" className="text-ui-fg-subtle">
      <Link to="/payouts" className="hover:underline">
        Payouts
      </Link>{" "}
      / {balance?.handle ?? id}
    </Text>
  )
  if (!balance) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        {back}
        {balances.isLoading ? (
          <Loading what="the cooperative" />
        ) : (
          <ErrorAlert error={balances.error ?? new Error("This cooperative was not found.")} />
        )}
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          {back}
          <Heading level="h1">{balance.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            <Link to={`/cooperatives/${id}`} className="text-ui-fg-interactive hover:underline">
              Cooperative details and payout account
            </Link>
          </Text>
        </div>
        <div className="text-right">
          <Text size="small" className="text-ui-fg-subtle">
            Available balance
          </Text>
          <Heading level="h2" className={`tabular-nums ${balance.available < 0 ? "text-ui-fg-error" : ""}`} data-testid="payout-available">
            {formatMoney(balance.available, balance.currency_code)}
          </Heading>
        </div>
      </Container>
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <LedgerEntriesSection cooperativeId={id} batchOfPayout={batchOfPayout} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[420px]">
          <Section title="Payout account">
            <Detail label="Paid by">{balance.payout_method ? PAYOUT_METHOD_LABELS[balance.payout_method] : "—"}</Detail>
            <Detail label="In pending payouts">
              {balance.pending_count ? `${formatMoney(balance.pending_amount, balance.currency_code)} (${balance.pending_count})` : "—"}
            </Detail>
            {balance.payout_blocker ? <ErrorAlert error={new Error(balance.payout_blocker)} className="mt-2" /> : null}
          </Section>
          <StatementSection cooperativeId={id} />
          <AdvancesSection cooperativeId={id} cooperativeName={balance.name} />
          <CooperativePayoutsSection
            payouts={payouts.data?.payouts ?? []}
            count={payouts.data?.count ?? 0}
            error={payouts.error}
            isLoading={payouts.isLoading}
          />
        </div>
      </div>
    </div>
  )
}

export default CooperativePayoutsPage
