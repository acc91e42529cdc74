import { Button, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AdminPayout } from "@telar/types"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime } from "../../../lib/activity"
import { adminFetch } from "../../../lib/api"
import { TextField } from "../../../lib/components/fields"
import { FormShell } from "../../../lib/components/form-shell"
import { PAYOUT_METHOD_LABELS } from "../../../lib/constants"
import { formatMoney } from "../../../lib/money"
import {
  failureReasonError,
  PAYOUT_STATUS_BADGES,
  payoutAccountLabel,
  payoutActions,
  payoutKeys,
  trackingKeyError,
} from "../../../lib/payouts"
import { telarKeys } from "../../../lib/queries"

type Props = { payout: AdminPayout; cooperativeName: string; emails: Map<string, string> }

/** How a settled payout was settled: the bank's tracking key or Stripe's transfer, or why it failed. */
const Settlement = ({ payout, emails }: Omit<Props, "cooperativeName">) => {
  const by = payout.settled_by ? ` by ${emails.get(payout.settled_by) ?? payout.settled_by}` : ""
  if (payout.status === "paid") {
    const proof = payout.tracking_key ? `clave de rastreo ${payout.tracking_key}` : `Stripe transfer ${payout.stripe_transfer_id ?? "—"}`
    return (
      <Text size="xsmall" className="text-ui-fg-subtle" data-testid="payout-settlement">
        Paid {formatDateTime(payout.paid_at)}
        {by} · {proof}
      </Text>
    )
  }
  if (payout.status === "failed") {
    return (
      <Text size="xsmall" className="text-ui-fg-error" data-testid="payout-settlement">
        Failed {formatDateTime(payout.failed_at)}
        {by}: {payout.failure_reason ?? "no reason given"}. The amount went back to the cooperative's balance.
      </Text>
    )
  }
  return null
}

/** One payout of a batch; a pending SPEI payout is marked paid (with the bank's tracking key) or failed (with the reason) here. */
export const PayoutItem = ({ payout, cooperativeName, emails }: Props) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [mode, setMode] = useState<"paid" | "failed" | null>(null)
  const [text, setText] = useState("")
  const [fieldError, setFieldError] = useState<string | undefined>()
  const actions = payoutActions(payout)
  const badge = PAYOUT_STATUS_BADGES[payout.status]

  const settle = useMutation({
    mutationFn: (body: { tracking_key: string } | { reason: string }) =>
      adminFetch<{ payout: AdminPayout }>(`/admin/payouts/${payout.id}/${"tracking_key" in body ? "paid" : "failed"}`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ payout: settled }) => {
      toast.success(
        settled.status === "paid"
          ? `${cooperativeName}: ${formatMoney(settled.amount, settled.currency_code)} marked paid.`
          : `${cooperativeName}: marked failed; ${formatMoney(settled.amount, settled.currency_code)} is back in its balance.`
      )
      close()
      queryClient.invalidateQueries({ queryKey: payoutKeys.all })
      queryClient.invalidateQueries({ queryKey: telarKeys.all })
    },
  })

  function close() {
    setMode(null)
    setText("")
    setFieldError(undefined)
    settle.reset()
  }

  const submit = async () => {
    settle.reset()
    if (mode === "paid") {
      const problem = trackingKeyError(text)
      setFieldError(problem ?? undefined)
      if (!problem) settle.mutate({ tracking_key: text.trim() })
      return
    }
    const problem = failureReasonError(text)
    setFieldError(problem ?? undefined)
    if (problem) return
    const confirmed = await prompt({
      title: `Mark the payout to ${cooperativeName} failed?`,
      description: `${formatMoney(payout.amount, payout.currency_code)} goes back to its balance, to pay in a new batch. This cannot be undone.`,
      confirmText: "Mark failed",
      cancelText: "Cancel",
    })
    if (confirmed) settle.mutate({ reason: text.trim() })
  }

  return (
    <li className="flex flex-col gap-y-3 py-4" data-testid="payout-item">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Text size="small" weight="plus">
            <Link to={`/payouts/cooperatives/${payout.cooperative_id}`} className="text-ui-fg-interactive hover:underline">
              {cooperativeName}
            </Link>
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {PAYOUT_METHOD_LABELS[payout.method] ?? payout.method} · {payout.account_holder} · {payoutAccountLabel(payout)} · reference{" "}
            {payout.reference}
          </Text>
          <Settlement payout={payout} emails={emails} />
        </div>
        <div className="flex shrink-0 items-center gap-3">
          <Text size="small" weight="plus" className="tabular-nums">
            {formatMoney(payout.amount, payout.currency_code)}
          </Text>
          <StatusBadge color={badge?.color ?? "grey"}>{badge?.label ?? payout.status}</StatusBadge>
        </div>
      </div>
      {actions.settle && !mode ? (
        <div className="flex gap-2">
          <Button size="small" variant="secondary" onClick={() => setMode("paid")}>
            Mark paid
          </Button>
          <Button size="small" variant="transparent" onClick={() => setMode("failed")}>
            Mark failed
          </Button>
        </div>
      ) : null}
      {actions.retry ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Stripe has not confirmed this transfer yet: retry the batch's Stripe transfers above.
        </Text>
      ) : null}
      {mode ? (
        <FormShell
          onSubmit={submit}
          onCancel={close}
          submitLabel={mode === "paid" ? "Confirm paid" : "Confirm failed"}
          isPending={settle.isPending}
          error={settle.error}
          buttons="start"
          gap="3"
          submitVariant={mode === "failed" ? "danger" : "primary"}
        >
          {mode === "paid" ? (
            <TextField
              label="Clave de rastreo (tracking key)"
              required
              placeholder="e.g. MBAN01002612060001"
              hint="Copy it from the bank's receipt (CEP) of this transfer: 1 to 30 letters and digits."
              value={text}
              error={fieldError}
              onChange={setText}
            />
          ) : (
            <TextField
              label="Why it failed"
              required
              placeholder="e.g. Cuenta cancelada (the bank's return message)"
              hint="The cooperative's statement shows it."
              value={text}
              error={fieldError}
              onChange={setText}
            />
          )}
        </FormShell>
      ) : null}
    </li>
  )
}
