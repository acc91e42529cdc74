import { Button, Container, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminPayoutBatch } from "@telar/types"
import { Link, useParams } from "react-router-dom"
import { formatDateTime } from "../../../../lib/activity"
import { adminFetch } from "../../../../lib/api"
import { ErrorAlert, Loading, Muted } from "../../../../lib/components/feedback"
import { Detail, Section } from "../../../../lib/components/section"
import { formatMoney } from "../../../../lib/money"
import { BATCH_STATUS_BADGES, batchCsvHref, batchTodo, type PayoutBatchAnswer, payoutKeys, transfersOutcome } from "../../../../lib/payouts"
import { telarKeys } from "../../../../lib/queries"
import { PayoutItem } from "../../components/payout-item"
import { useCooperativeNames, useUserEmails } from "../../components/use-payout-lookups"

/** One batch: its totals, the bank file of its SPEI transfers, Stripe retries, and each payout to settle. */
const PayoutBatchPage = () => {
  const { id = "" } = useParams()
  const queryClient = useQueryClient()
  const names = useCooperativeNames()
  const emails = useUserEmails()
  const { data, error, isLoading } = useQuery({
    queryKey: payoutKeys.batch(id),
    queryFn: () => adminFetch<{ payout_batch: AdminPayoutBatch }>(`/admin/payout-batches/${id}`),
    enabled: !!id,
  })
  const retry = useMutation({
    mutationFn: () => adminFetch<PayoutBatchAnswer>(`/admin/payout-batches/${id}/transfers`, { method: "POST" }),
    onSuccess: (answer) => {
      queryClient.setQueryData(payoutKeys.batch(id), { payout_batch: answer.payout_batch })
      queryClient.invalidateQueries({ queryKey: payoutKeys.all })
      queryClient.invalidateQueries({ queryKey: telarKeys.all })
      const outcome = transfersOutcome(answer)
      if (outcome?.ok) toast.success(outcome.message)
      else if (outcome) toast.warning(outcome.message, { duration: 15000 })
    },
  })
  const batch = data?.payout_batch

  const back = (
    <Text size="small" className="text-ui-fg-subtle">
      <Link to="/payouts" className="hover:underline">
        Payouts
      </Link>{" "}
      / {batch ? formatDateTime(batch.created_at) : id}
    </Text>
  )
  if (!batch) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        {back}
        {isLoading ? <Loading what="the batch" /> : <ErrorAlert error={error ?? new Error("This payout batch was not found.")} />}
      </Container>
    )
  }

  const badge = BATCH_STATUS_BADGES[batch.status]
  const todo = batchTodo(batch)
  const currency = batch.totals.currency_code
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-start justify-between gap-4 px-6 py-4">
        <div>
          {back}
          <Heading level="h1">Payout batch of {formatDateTime(batch.created_at)}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {batch.id}
            {batch.created_by ? ` · created by ${emails.get(batch.created_by) ?? batch.created_by}` : ""}
            {batch.note ? ` · ${batch.note}` : ""}
          </Text>
        </div>
        <StatusBadge color={badge?.color ?? "grey"} data-testid="payout-batch-status">
          {badge?.label ?? batch.status}
        </StatusBadge>
      </Container>
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <Section
            title="Payouts"
            description="Mark a SPEI payout paid once the bank's receipt shows it arrived, with its clave de rastreo; failed if the bank returned it."
            testId="payout-batch-payouts"
          >
            <ul className="-my-4 flex flex-col divide-y">
              {batch.payouts.map((payout) => (
                <PayoutItem
                  key={`${payout.id}:${payout.status}`}
                  payout={payout}
                  cooperativeName={names.get(payout.cooperative_id) ?? payout.account_holder}
                  emails={emails}
                />
              ))}
            </ul>
          </Section>
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
          <Section title="Totals">
            <Detail label="Total">{formatMoney(batch.totals.amount, currency)}</Detail>
            <Detail label="Paid">{formatMoney(batch.totals.paid, currency)}</Detail>
            <Detail label="Pending">{formatMoney(batch.totals.pending, currency)}</Detail>
            <Detail label="Failed (back in balances)">{formatMoney(batch.totals.failed, currency)}</Detail>
          </Section>
          <Section title="Send" testId="payout-batch-send">
            <div className="flex flex-col gap-y-4">
              <div className="flex flex-col gap-y-2">
                <Text size="small" weight="plus">
                  SPEI bank file
                </Text>
                {todo.spei ? (
                  <>
                    <Muted>
                      {todo.spei} transfer(s) to send: CLABE, holder, amount and reference, one line each. Settled payouts are left out, so
                      a file downloaded again never pays twice.
                    </Muted>
                    <div>
                      <Button size="small" variant="secondary" asChild>
                        <a href={batchCsvHref(batch.id)} download>
                          Download bank file (CSV)
                        </a>
                      </Button>
                    </div>
                  </>
                ) : (
                  <Muted>No SPEI transfer is left to send in this batch.</Muted>
                )}
              </div>
              {todo.stripe ? (
                <div className="flex flex-col gap-y-2">
                  <Text size="small" weight="plus">
                    Stripe Connect
                  </Text>
                  <Muted>
                    {todo.stripe} transfer(s) got no answer from Stripe. Retrying never sends a transfer twice: Stripe recognises the one
                    already made.
                  </Muted>
                  <ErrorAlert error={retry.error} />
                  <div>
                    <Button size="small" variant="secondary" isLoading={retry.isPending} onClick={() => retry.mutate()}>
                      Retry Stripe transfers
                    </Button>
                  </div>
                </div>
              ) : null}
            </div>
          </Section>
        </div>
      </div>
    </div>
  )
}

export default PayoutBatchPage
