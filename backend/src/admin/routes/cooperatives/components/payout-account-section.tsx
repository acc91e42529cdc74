import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { maskAccountNumber } from "../../../lib/clabe"
import { ErrorAlert, Muted } from "../../../lib/components/feedback"
import { Detail, Section } from "../../../lib/components/section"
import { PAYOUT_METHOD_LABELS } from "../../../lib/constants"
import { type PayoutAccountForm, payoutAccountToForm, payoutAccountUpdatePayload } from "../../../lib/cooperative-form"
import type { FormErrors } from "../../../lib/form"
import type { AdminCooperative } from "../../../lib/types"
import { PayoutAccountFields } from "./payout-account-fields"
import { useUpdateCooperative } from "./use-update-cooperative"

/** How the cooperative is paid. Account numbers stay masked until staff open the account to edit it. */
export const PayoutAccountSection = ({ cooperative }: { cooperative: AdminCooperative }) => {
  const account = cooperative.payout_account
  const [form, setForm] = useState<PayoutAccountForm | null>(null)
  const [errors, setErrors] = useState<FormErrors<PayoutAccountForm>>({})
  const update = useUpdateCooperative(cooperative.id)

  const close = () => {
    setForm(null)
    setErrors({})
    update.reset()
  }

  const save = () => {
    if (!form) return
    const result = payoutAccountUpdatePayload(account, form)
    setErrors(result.ok ? {} : result.errors)
    if (!result.ok) return
    if (!Object.keys(result.payload).length) return close()
    update.mutate(
      { payout_account: result.payload },
      {
        onSuccess: () => {
          toast.success("Payout account saved.")
          close()
        },
      }
    )
  }

  if (form) {
    return (
      <Section title="Edit payout account" testId="cooperative-payout-account">
        <form
          className="flex flex-col gap-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          <PayoutAccountFields form={form} errors={errors} onChange={setForm} />
          <ErrorAlert error={update.error} />
          <div className="flex justify-end gap-2">
            <Button type="button" size="small" variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" size="small" isLoading={update.isPending}>
              Save payout account
            </Button>
          </div>
        </form>
      </Section>
    )
  }

  return (
    <Section
      title="Payout account"
      testId="cooperative-payout-account"
      actions={
        account ? (
          <Button size="small" variant="secondary" onClick={() => setForm(payoutAccountToForm(account))}>
            Edit payout account
          </Button>
        ) : null
      }
    >
      {account ? (
        <>
          <Detail label="Method">{PAYOUT_METHOD_LABELS[account.method] ?? account.method}</Detail>
          <Detail label="Account holder">{account.account_holder}</Detail>
          {account.method === "spei" ? (
            <Detail label="CLABE">{maskAccountNumber(account.clabe)}</Detail>
          ) : (
            <Detail label="Stripe account">{maskAccountNumber(account.stripe_account_id)}</Detail>
          )}
          <Detail label="Currency">{account.currency_code.toUpperCase()}</Detail>
        </>
      ) : (
        <Muted>No payout account is recorded for this cooperative, so it cannot be paid.</Muted>
      )}
    </Section>
  )
}
