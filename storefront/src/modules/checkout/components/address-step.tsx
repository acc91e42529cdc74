"use client"

import { useActionState, useEffect, useId, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { setCheckoutAddresses, type FormState } from "@/lib/data/cart"
import { ui } from "@/modules/common/lib/ui"
import { addressFromForm, sameAddress, type AddressInput } from "@/modules/common/lib/address"
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
  const suggested = data.savedAddresses.find((saved) => saved.id === data.suggestedAddressId)?.address ?? null
  const savedId = useId()
  const handled = useRef<FormState>(null)

  useEffect(() => {
    if (!state || handled.current === state) return
    handled.current = state
    if (state.ok) onDone()
    else document.getElementById("address-errors")?.focus()
  }, [state, onDone])

  const errors = state?.fieldErrors ?? {}
  const shippingValues = prefill?.address ?? valuesWithPrefix(state?.values, "shipping_") ?? data.shippingAddress ?? suggested
  const isSaved = (address: Partial<AddressInput> | null) => data.savedAddresses.some((saved) => sameAddress(address, saved.address))
  // "Save this address" is offered (ticked) only while the address is not in the book already.
  const [alreadySaved, setAlreadySaved] = useState(() => isSaved(shippingValues))
  const billingValues = valuesWithPrefix(state?.values, "billing_") ?? data.billingAddress
  const labels: Record<string, string> = {}
  for (const field of ["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]) {
    labels[`shipping_${field}`] = tAddress(field)
    labels[`billing_${field}`] = `${tAddress("billingTitle")}: ${tAddress(field)}`
  }
  const onlyCountry = data.countries.length === 1 ? data.countries[0] : null

  return (
    <form
      action={action}
      noValidate
      className="grid grid-cols-1 gap-5"
      onChange={(event) => {
        if ((event.target as HTMLElement).id === savedId) return
        setAlreadySaved(isSaved(addressFromForm(new FormData(event.currentTarget), "shipping_")))
      }}
    >
      <ErrorSummary id="address-errors" errors={errors} labels={labels} message={state?.error ? tErr(state.error) : null} />
      {data.savedAddresses.length > 0 && (
        <div>
          <label htmlFor={savedId} className={ui.label}>
            {tAddress("saved")}
          </label>
          <select
            id={savedId}
            className={ui.input}
            defaultValue={data.shippingAddress ? "" : (data.suggestedAddressId ?? "")}
            onChange={(event) => {
              const saved = data.savedAddresses.find((address) => address.id === event.target.value)
              if (!saved) return
              setPrefill({ key: Date.now(), address: saved.address })
              setAlreadySaved(true)
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
      {onlyCountry && data.regionSwitch && (
        <p className={ui.muted}>
          {tAddress("regionNote", {
            country: onlyCountry.name,
            otherCountry: data.regionSwitch.otherCountry,
            current: data.regionSwitch.current,
            otherCurrency: data.regionSwitch.otherCurrency,
          })}
        </p>
      )}
      <AddressFields
        key={prefill?.key ?? "shipping"}
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
          className="mt-1 size-5 shrink-0 accent-clay-dark"
        />
        <label htmlFor="billing-same">{tAddress("billingSame")}</label>
      </div>
      {!billingSame && (
        <fieldset className="grid min-w-0 grid-cols-1 gap-4 rounded-md border border-ink/20 p-4">
          <legend className="px-1 font-serif text-lg">{tAddress("billingTitle")}</legend>
          <AddressFields idPrefix="address" values={billingValues} errors={errors} countries={data.countries} section="billing" />
        </fieldset>
      )}
      {data.signedIn && !alreadySaved && (
        <div className="flex items-start gap-3">
          <input id="save-address" name="save_address" type="checkbox" defaultChecked className="mt-1 size-5 shrink-0 accent-clay-dark" />
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
