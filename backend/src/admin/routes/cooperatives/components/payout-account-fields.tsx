import { fieldBinder, SelectField, TextField } from "../../../lib/components/fields"
import { PAYOUT_METHOD_LABELS, PAYOUT_METHODS } from "../../../lib/constants"
import type { PayoutAccountForm } from "../../../lib/cooperative-form"
import type { FormErrors } from "../../../lib/form"

const METHOD_OPTIONS = PAYOUT_METHODS.map((method) => ({ value: method, label: PAYOUT_METHOD_LABELS[method] }))

type Props = { form: PayoutAccountForm; errors: FormErrors<PayoutAccountForm>; onChange: (form: PayoutAccountForm) => void }

/** How the cooperative is paid: the holder and, by method, the CLABE or the Stripe account. Shown in full only while editing. */
export const PayoutAccountFields = ({ form, errors, onChange }: Props) => {
  const field = fieldBinder(form, errors, onChange)
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <SelectField label="Payout method" required options={METHOD_OPTIONS} {...field("method")} />
      <TextField label="Account holder" required hint="The name on the bank account." {...field("account_holder")} />
      {form.method === "spei" ? (
        <TextField
          label="CLABE"
          required
          inputMode="numeric"
          hint="18 digits, from the cooperative's bank statement; the last one is a check digit."
          {...field("clabe")}
        />
      ) : (
        <TextField label="Stripe account id" required placeholder="acct_…" {...field("stripe_account_id")} />
      )}
    </div>
  )
}
