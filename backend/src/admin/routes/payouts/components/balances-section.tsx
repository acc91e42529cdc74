import { Button, Checkbox, Hint, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CooperativePayoutBalance } from "@telar/types"
import { fromMinor } from "@telar/fair-trade"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { adminFetch } from "../../../lib/api"
import { CheckboxField, TextField } from "../../../lib/components/fields"
import { ErrorAlert, Loading, Muted } from "../../../lib/components/feedback"
import { Section } from "../../../lib/components/section"
import { PAYOUT_CURRENCY, PAYOUT_METHOD_LABELS } from "../../../lib/constants"
import { formatMoney } from "../../../lib/money"
import {
  type BatchPayload,
  type BatchSelection,
  describePlan,
  type PayoutBatchAnswer,
  payoutKeys,
  planBatch,
  selectAllPayable,
  transfersOutcome,
  unpayableReason,
} from "../../../lib/payouts"
import { telarKeys } from "../../../lib/queries"

/** Each cooperative's available balance, and the batch staff build from it: tick, adjust the amount, create. */
export const BalancesSection = () => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [selection, setSelection] = useState<BatchSelection>({})
  const [note, setNote] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [showAll, setShowAll] = useState(false)

  const { data, error, isLoading } = useQuery({
    queryKey: payoutKeys.balances,
    queryFn: () => adminFetch<{ balances: CooperativePayoutBalance[]; count: number }>("/admin/payouts/balances"),
  })
  const balances = data?.balances ?? []
  // Cooperatives with nothing owed and nothing in flight only crowd the list.
  const shown = showAll ? balances : balances.filter((row) => row.available !== 0 || row.pending_count > 0 || selection[row.cooperative_id])

  const create = useMutation({
    mutationFn: (body: BatchPayload) => adminFetch<PayoutBatchAnswer>("/admin/payout-batches", { method: "POST", body }),
    onSuccess: (answer) => {
      queryClient.invalidateQueries({ queryKey: payoutKeys.all })
      queryClient.invalidateQueries({ queryKey: telarKeys.all })
      setSelection({})
      setNote("")
      const transfers = transfersOutcome(answer)
      toast.success(`Payout batch created for ${formatMoney(answer.payout_batch.totals.amount, PAYOUT_CURRENCY)}.`)
      if (transfers?.ok) toast.success(transfers.message)
      else if (transfers) toast.warning(transfers.message, { duration: 15000 })
      navigate(`/payouts/batches/${answer.payout_batch.id}`)
    },
  })

  const setLine = (id: string, change: Partial<BatchSelection[string]>) => {
    setSelection((current) => ({ ...current, [id]: { ...(current[id] ?? { selected: false, amount: "" }), ...change } }))
    setErrors((current) => {
      const next = { ...current }
      delete next[id]
      return next
    })
    setMessage(null)
  }

  const submit = async () => {
    create.reset()
    const plan = planBatch(balances, selection, note)
    if (!plan.ok) {
      setErrors(plan.errors)
      setMessage(plan.message ?? "Correct the amounts marked below.")
      return
    }
    setErrors({})
    setMessage(null)
    const confirmed = await prompt({
      title: `Pay ${formatMoney(plan.total, PAYOUT_CURRENCY)} to ${plan.payload.payouts.length} cooperative(s)?`,
      description: `${describePlan(plan.totals, PAYOUT_CURRENCY)}. Their balances drop by these amounts now; a payout that fails gives its amount back.`,
      confirmText: "Create batch",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (confirmed) create.mutate(plan.payload)
  }

  const ticked = Object.values(selection).filter((line) => line.selected).length
  const payable = balances.filter((row) => !unpayableReason(row)).length

  return (
    <Section
      title="Balances"
      description="What the network owes each cooperative now, what payouts not yet settled hold, and how it is paid."
      testId="payout-balances"
      actions={<CheckboxField label={`Show all ${balances.length} cooperatives`} checked={showAll} onChange={setShowAll} />}
    >
      <div className="flex flex-col gap-y-4">
        <ErrorAlert error={error} />
        {isLoading ? (
          <Loading what="balances" />
        ) : !shown.length ? (
          <Muted>No cooperative is owed anything now: earnings are written when orders are placed.</Muted>
        ) : (
          <div className="-mx-6 overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell className="w-10">
                    <Checkbox
                      aria-label="Tick every cooperative that can be paid"
                      disabled={!payable}
                      checked={payable > 0 && ticked === payable}
                      onCheckedChange={(state) => setSelection(state === true ? selectAllPayable(balances) : {})}
                    />
                  </Table.HeaderCell>
                  <Table.HeaderCell>Cooperative</Table.HeaderCell>
                  <Table.HeaderCell>Paid by</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">In pending payouts</Table.HeaderCell>
                  <Table.HeaderCell className="w-56">Amount to pay (MXN)</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {shown.map((row) => {
                  const line = selection[row.cooperative_id]
                  const blocked = unpayableReason(row)
                  const rowError = errors[row.cooperative_id]
                  return (
                    <Table.Row key={row.cooperative_id} data-testid="payout-balance-row">
                      <Table.Cell>
                        <Checkbox
                          aria-label={`Pay ${row.name}`}
                          disabled={!!blocked && !line?.selected}
                          checked={!!line?.selected}
                          onCheckedChange={(state) => setLine(row.cooperative_id, { selected: state === true })}
                        />
                      </Table.Cell>
                      <Table.Cell>
                        <Link to={`/payouts/cooperatives/${row.cooperative_id}`} className="text-ui-fg-interactive hover:underline">
                          {row.name}
                        </Link>
                        {row.payout_blocker ? (
                          <Text size="xsmall" className="text-ui-fg-error">
                            {row.payout_blocker}{" "}
                            <Link to={`/cooperatives/${row.cooperative_id}`} className="underline">
                              Edit the payout account
                            </Link>
                          </Text>
                        ) : null}
                      </Table.Cell>
                      <Table.Cell>{row.payout_method ? PAYOUT_METHOD_LABELS[row.payout_method] : "—"}</Table.Cell>
                      <Table.Cell className={`text-right tabular-nums ${row.available < 0 ? "text-ui-fg-error" : ""}`}>
                        {formatMoney(row.available, row.currency_code)}
                      </Table.Cell>
                      <Table.Cell className="text-right tabular-nums">
                        {row.pending_count ? `${formatMoney(row.pending_amount, row.currency_code)} (${row.pending_count})` : "—"}
                      </Table.Cell>
                      <Table.Cell className="py-2">
                        {line?.selected ? (
                          <div className="flex flex-col gap-y-1">
                            <Input
                              size="small"
                              inputMode="decimal"
                              aria-label={`Amount to pay ${row.name}`}
                              aria-invalid={!!rowError}
                              placeholder={`${fromMinor(Math.max(row.available, 0), row.currency_code)} (all)`}
                              value={line.amount}
                              onChange={(event) => setLine(row.cooperative_id, { amount: event.target.value })}
                            />
                            {rowError ? <Hint variant="error">{rowError}</Hint> : null}
                          </div>
                        ) : blocked && !row.payout_blocker ? (
                          <Muted>{blocked}</Muted>
                        ) : null}
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
          </div>
        )}
        <form
          className="flex flex-col gap-y-3"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <TextField
            label="Note for the batch"
            placeholder="e.g. December payouts"
            hint="Staff see it in the batch list; an empty amount pays the whole available balance shown."
            value={note}
            onChange={setNote}
          />
          {message ? <ErrorAlert error={new Error(message)} /> : null}
          <ErrorAlert error={create.error} />
          <div className="flex items-center gap-3">
            <Button type="submit" size="small" isLoading={create.isPending} disabled={!ticked}>
              Create payout batch
            </Button>
            <Muted>{ticked ? `${ticked} cooperative(s) ticked.` : "Tick the cooperatives to pay."}</Muted>
          </div>
        </form>
      </div>
    </Section>
  )
}
