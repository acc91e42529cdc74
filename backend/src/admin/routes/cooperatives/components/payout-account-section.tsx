import { Button } from "@medusajs/ui"
import { maskAccountNumber } from "../../../lib/clabe"
import { Muted } from "../../../lib/components/feedback"
import { EditSection } from "../../../lib/components/form-shell"
import { Detail, Section } from "../../../lib/components/section"
import { PAYOUT_METHOD_LABELS } from "../../../lib/constants"
import { type PayoutAccountForm, payoutAccountToForm, payoutAccountUpdatePayload } from "../../../lib/cooperative-form"
import type { AdminCooperative } from "../../../lib/types"
import { PayoutAccountFields } from "./payout-account-fields"
import { useCooperativeEdit } from "./use-update-cooperative"

/** How the cooperative is paid. Account numbers stay masked until staff open the account to edit it. */
export const PayoutAccountSection = ({ cooperative }: { cooperative: AdminCooperative }) => {
  const account = cooperative.payout_account
  const { form, setForm, errors, close, save, update } = useCooperativeEdit(cooperative.id, {
    toPayload: (next: PayoutAccountForm) => payoutAccountUpdatePayload(account, next),
    toBody: (payload) => ({ payout_account: payload }),
    saved: "Payout account saved.",
  })

  if (form) {
    return (
      <EditSection
        title="Edit payout account"
        testId="cooperative-payout-account"
        onSubmit={save}
        onCancel={close}
        submitLabel="Save payout account"
        isPending={update.isPending}
        error={update.error}
      >
        <PayoutAccountFields form={form} errors={errors} onChange={setForm} />
      </EditSection>
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
