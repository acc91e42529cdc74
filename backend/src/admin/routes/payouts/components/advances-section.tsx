import { Button, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { formatDateTime } from "../../../lib/activity"
import { adminFetch } from "../../../lib/api"
import { TextField } from "../../../lib/components/fields"
import { ErrorAlert, Loading, Muted } from "../../../lib/components/feedback"
import { FormShell } from "../../../lib/components/form-shell"
import { Section } from "../../../lib/components/section"
import type { FormErrors } from "../../../lib/form"
import { formatMoney } from "../../../lib/money"
import { payoutKeys } from "../../../lib/payouts"
import {
  type AdminAdvancesPage,
  type AdvanceForm,
  type AdvancePayload,
  advanceAmountLabel,
  advancePayload,
  EMPTY_ADVANCE_FORM,
  newAdvanceKey,
} from "../../../lib/payouts-ledger"
import { telarKeys } from "../../../lib/queries"

/** Money paid ahead of sales (e.g. half of a commissioned order): it raises the balance now and later earnings win it back. */
export const AdvancesSection = ({ cooperativeId, cooperativeName }: { cooperativeId: string; cooperativeName: string }) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [form, setForm] = useState<AdvanceForm | null>(null)
  // One key per grant, kept across retries of the same form: a double click or a lost answer grants once.
  const [grantKey, setGrantKey] = useState(newAdvanceKey)
  const [errors, setErrors] = useState<FormErrors<AdvanceForm>>({})

  const { data, error, isLoading } = useQuery({
    queryKey: payoutKeys.advances(cooperativeId),
    queryFn: () => adminFetch<AdminAdvancesPage>(`/admin/cooperatives/${cooperativeId}/advances`),
  })
  const grant = useMutation({
    mutationFn: (body: AdvancePayload) =>
      adminFetch<AdminAdvancesPage>(`/admin/cooperatives/${cooperativeId}/advances`, { method: "POST", body }),
    onSuccess: (_, body) => {
      toast.success(`Advance of ${advanceAmountLabel(body)} granted to ${cooperativeName}: the next payout batch can pay it.`)
      close()
      queryClient.invalidateQueries({ queryKey: payoutKeys.all })
      queryClient.invalidateQueries({ queryKey: telarKeys.all })
    },
  })

  function close() {
    setForm(null)
    setErrors({})
    setGrantKey(newAdvanceKey())
    grant.reset()
  }

  const submit = async () => {
    if (!form) return
    grant.reset()
    const result = advancePayload(form, grantKey)
    setErrors(result.ok ? {} : result.errors)
    if (!result.ok) return
    const confirmed = await prompt({
      title: `Grant ${advanceAmountLabel(result.payload)} to ${cooperativeName}?`,
      description:
        "Its balance rises by this amount now, for the next payout batch to pay; its later earnings win it back. The ledger keeps it: it cannot be deleted.",
      confirmText: "Grant advance",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (confirmed) grant.mutate(result.payload)
  }

  const field = (key: keyof AdvanceForm) => ({
    value: form?.[key] ?? "",
    error: errors[key],
    onChange: (value: string) => setForm((current) => (current ? { ...current, [key]: value } : current)),
  })
  const advances = data?.advances ?? []
  const currency = data?.outstanding_advance.currency_code ?? "mxn"

  return (
    <Section
      title="Advances"
      description="Paid ahead of sales, as fair-trade importers do; recouped from later earnings, never taking the balance below zero."
      testId="payout-advances"
      actions={
        form ? null : (
          <Button size="small" variant="secondary" onClick={() => setForm(EMPTY_ADVANCE_FORM)}>
            Grant advance
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-y-4">
        {form ? (
          <FormShell
            onSubmit={submit}
            onCancel={close}
            submitLabel="Grant advance"
            isPending={grant.isPending}
            error={grant.error}
            buttons="start"
            gap="3"
          >
            <TextField label="Amount (MXN)" required inputMode="decimal" placeholder="2500.00" {...field("amount")} />
            <TextField
              label="What it is for"
              required
              placeholder="e.g. Half of the commissioned huipiles"
              hint="The cooperative's statement shows it."
              {...field("note")}
            />
            <TextField label="Order id" placeholder="order_01…" hint="Optional: the commissioned order it is for." {...field("order_id")} />
          </FormShell>
        ) : null}
        <ErrorAlert error={error} />
        {isLoading ? (
          <Loading what="advances" />
        ) : data ? (
          <>
            <div>
              <Text size="small" className="text-ui-fg-subtle">
                Still to recoup
              </Text>
              <Heading level="h2" className="tabular-nums" data-testid="payout-outstanding-advance">
                {formatMoney(data.outstanding_advance.amount, currency)}
              </Heading>
            </div>
            {!advances.length ? (
              <Muted>No advance granted.</Muted>
            ) : (
              <ul className="flex flex-col divide-y">
                {advances.map((advance) => (
                  <li key={advance.id} className="flex items-start justify-between gap-4 py-2">
                    <div className="min-w-0">
                      <Text size="small" weight="plus" leading="compact">
                        {formatMoney(advance.amount, currency)}
                        {advance.order_id ? ` · order ${advance.order_id}` : ""}
                      </Text>
                      <Text size="xsmall" className="break-words text-ui-fg-subtle">
                        {formatDateTime(advance.created_at)}
                        {advance.note ? ` · ${advance.note}` : ""}
                      </Text>
                    </div>
                    <Text size="xsmall" className="shrink-0 text-right tabular-nums text-ui-fg-subtle">
                      recouped {formatMoney(advance.recovered, currency)}
                      <br />
                      outstanding {formatMoney(advance.outstanding, currency)}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </Section>
  )
}
