"use client"

import { useActionState, useEffect, useId, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { setCheckoutAddresses, type FormState } from "@/lib/data/cart"
import { ui } from "@/modules/common/lib/ui"
import type { AddressInput } from "@/modules/common/lib/address"
import type { CheckoutData } from "../lib/types"
import AddressFields from "@/modules/common/components/address-fields"
import { ErrorSummary } from "@/modules/common/components/field"

function valuesWithPrefix(values: Record<string, string> | undefined, prefix: string): Partial<AddressInput> | null {
  if (!values) return null
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value])
  ) as Partial<AddressInput>
}

export default function AddressStep({ data, onDone }: { data: CheckoutData; onDone: () => void }) {
  const t = useTranslations("checkout")
  const tAddress = useTranslations("checkout.address")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<FormState, FormData>(setCheckoutAddresses, null)
  const [billingSame, setBillingSame] = useState(data.billingSame)
  const [prefill, setPrefill] = useState<{ key: number; address: AddressInput } | null>(null)
  const savedId = useId()
  const handled = useRef<FormState>(null)

  useEffect(() => {
    if (!state || handled.current === state) return
    handled.current = state
    if (state.ok) onDone()
    else document.getElementById("address-errors")?.focus()
  }, [state, onDone])

  const errors = state?.fieldErrors ?? {}
  const shippingValues = prefill?.address ?? valuesWithPrefix(state?.values, "shipping_") ?? data.shippingAddress
  const billingValues = valuesWithPrefix(state?.values, "billing_") ?? data.billingAddress
  const labels: Record<string, string> = {}
  for (const field of ["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]) {
    labels[`shipping_${field}`] = tAddress(field)
    labels[`billing_${field}`] = `${tAddress("billingTitle")}: ${tAddress(field)}`
  }
  const onlyCountry = data.countries.length === 1 ? data.countries[0] : null

  return (
    <form action={action} noValidate className="grid gap-5">
      <ErrorSummary id="address-errors" errors={errors} labels={labels} message={state?.error ? tErr(state.error) : null} />
      {data.savedAddresses.length > 0 && (
        <div>
          <label htmlFor={savedId} className={ui.label}>
            {tAddress("saved")}
          </label>
          <select
            id={savedId}
            className={ui.input}
            defaultValue=""
            onChange={(event) => {
              const saved = data.savedAddresses.find((address) => address.id === event.target.value)
              if (saved) setPrefill({ key: Date.now(), address: saved.address })
            }}
          >
            <option value="">{tAddress("savedNone")}</option>
            {data.savedAddresses.map((address) => (
              <option key={address.id} value={address.id}>
                {address.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {onlyCountry && <p className={ui.muted}>{tAddress("regionNote", { country: onlyCountry.name })}</p>}
      <AddressFields
        key={prefill?.key ?? "shipping"}
        prefix="shipping_"
        idPrefix="address"
        values={shippingValues}
        errors={errors}
        countries={data.countries}
        section="shipping"
      />
      <div className="flex items-start gap-3">
        <input
          id="billing-same"
          name="billing_same"
          type="checkbox"
          checked={billingSame}
          onChange={(event) => setBillingSame(event.target.checked)}
          className="mt-1 size-5 accent-clay-dark"
        />
        <label htmlFor="billing-same">{tAddress("billingSame")}</label>
      </div>
      {!billingSame && (
        <fieldset className="grid gap-4 rounded-md border border-ink/20 p-4">
          <legend className="px-1 font-serif text-lg">{tAddress("billingTitle")}</legend>
          <AddressFields
            prefix="billing_"
            idPrefix="address"
            values={billingValues}
            errors={errors}
            countries={data.countries}
            section="billing"
          />
        </fieldset>
      )}
      {data.signedIn && (
        <div className="flex items-start gap-3">
          <input id="save-address" name="save_address" type="checkbox" className="mt-1 size-5 accent-clay-dark" />
          <label htmlFor="save-address">{tAddress("save")}</label>
        </div>
      )}
      <div>
        <button type="submit" className={ui.primary} disabled={pending} data-testid="address-continue">
          {pending ? t("saving") : t("continue")}
        </button>
      </div>
    </form>
  )
}
