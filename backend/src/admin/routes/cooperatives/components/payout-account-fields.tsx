import { SelectField, TextField } from "../../../lib/components/fields"
import { PAYOUT_METHOD_LABELS, PAYOUT_METHODS } from "../../../lib/constants"
import type { PayoutAccountForm } from "../../../lib/cooperative-form"
import type { FormErrors } from "../../../lib/form"

const METHOD_OPTIONS = PAYOUT_METHODS.map((method) => ({ value: method, label: PAYOUT_METHOD_LABELS[method] }))

type Props = { form: PayoutAccountForm; errors: FormErrors<PayoutAccountForm>; onChange: (form: PayoutAccountForm) => void }

/** How the cooperative is paid: the holder and, by method, the CLABE or the Stripe account. Shown in full only while editing. */
export const PayoutAccountFields = ({ form, errors, onChange }: Props) => (
  <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
    <SelectField
      label="Payout method"
      required
      value={form.method}
      options={METHOD_OPTIONS}
      error={errors.method}
      onChange={(method) => onChange({ ...form, method })}
    />
    <TextField
      label="Account holder"
      required
      value={form.account_holder}
      error={errors.account_holder}
      hint="The name on the bank account."
      onChange={(account_holder) => onChange({ ...form, account_holder })}
    />
    {form.method === "spei" ? (
      <TextField
        label="CLABE"
        required
        inputMode="numeric"
        value={form.clabe}
        error={errors.clabe}
        hint="18 digits, from the cooperative's bank statement; the last one is a check digit."
        onChange={(clabe) => onChange({ ...form, clabe })}
      />
    ) : (
      <TextField
        label="Stripe account id"
        required
        value={form.stripe_account_id}
        error={errors.stripe_account_id}
        placeholder="acct_…"
        onChange={(stripe_account_id) => onChange({ ...form, stripe_account_id })}
      />
    )}
  </div>
)
