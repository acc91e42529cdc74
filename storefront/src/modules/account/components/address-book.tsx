"use client"

import { useActionState, useEffect, useRef, useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { deleteAddress, saveAddress, type AccountState } from "@/lib/data/customer"
import { ui } from "@/modules/common/lib/ui"
import type { AddressInput } from "@/modules/common/lib/address"
import AddressFields from "@/modules/common/components/address-fields"
import { ErrorSummary } from "@/modules/common/components/field"
import { PostalAddress } from "@/modules/common/components/postal-address"

type Entry = { id: string; label: string; address: AddressInput }
type Countries = Array<{ code: string; name: string }>

/** The customer's saved addresses: list, add, edit, delete. */
export default function AddressBook({ addresses, countries }: { addresses: Entry[]; countries: Countries }) {
  const t = useTranslations("account.addressesPage")
  const tErr = useTranslations("cart.errors")
  const locale = useLocale()
  const [editing, setEditing] = useState<string | "new" | null>(null)
  const [status, setStatus] = useState<string>("")
  const [deleting, startDelete] = useTransition()
  const [deleteError, setDeleteError] = useState<string | null>(null)

  const close = (message?: string) => {
    setEditing(null)
    if (message) setStatus(message)
    requestAnimationFrame(() => document.getElementById("addresses-title")?.focus())
  }

  return (
    <div className="grid gap-6">
      <p role="status" className={status ? ui.notice : "sr-only"}>
        {status}
      </p>
      {deleteError && (
        <p role="alert" className={ui.alert}>
          {deleteError}
        </p>
      )}
      {addresses.length === 0 && editing !== "new" && <p className={ui.muted}>{t("empty")}</p>}
      <ul className="grid gap-4 sm:grid-cols-2">
        {addresses.map((entry) =>
          editing === entry.id ? (
            <li key={entry.id} className={`${ui.card} sm:col-span-2`}>
              <AddressForm entry={entry} countries={countries} onCancel={() => close()} onSaved={() => close(t("saved"))} />
            </li>
          ) : (
            <li key={entry.id} className={ui.card} data-testid="saved-address">
              <PostalAddress address={entry.address} locale={locale} />
              <div className="mt-3 flex gap-4">
                <button
                  type="button"
                  className={ui.textButton}
                  onClick={() => setEditing(entry.id)}
                  aria-label={t("editLabel", { address: entry.label })}
                >
                  {t("edit")}
                </button>
                <button
                  type="button"
                  className={ui.textButton}
                  disabled={deleting}
                  aria-label={t("deleteLabel", { address: entry.label })}
                  onClick={() =>
                    startDelete(async () => {
                      setDeleteError(null)
                      const result = await deleteAddress(entry.id)
                      if (result.ok) close(t("deleted"))
                      else setDeleteError(tErr(result.error ?? "generic"))
                    })
                  }
                >
                  {t("delete")}
                </button>
              </div>
            </li>
          )
        )}
      </ul>
      {editing === "new" ? (
        <div className={ui.card}>
          <AddressForm countries={countries} onCancel={() => close()} onSaved={() => close(t("saved"))} />
        </div>
      ) : (
        <div>
          <button type="button" className={ui.primary} onClick={() => setEditing("new")} data-testid="add-address">
            {t("add")}
          </button>
        </div>
      )}
    </div>
  )
}

function AddressForm({
  entry,
  countries,
  onCancel,
  onSaved,
}: {
  entry?: Entry
  countries: Countries
  onCancel: () => void
  onSaved: () => void
}) {
  const t = useTranslations("account.addressesPage")
  const tAddress = useTranslations("checkout.address")
  const tErr = useTranslations("cart.errors")
  const [state, action, pending] = useActionState<AccountState, FormData>(saveAddress, null)
  const handled = useRef<AccountState>(null)
  const titleId = entry ? `edit-address-${entry.id}` : "new-address"
  useEffect(() => {
    document.getElementById(titleId)?.focus()
  }, [titleId])
  useEffect(() => {
    if (!state || handled.current === state) return
    handled.current = state
    if (state.ok) onSaved()
    else document.getElementById(`${titleId}-form-errors`)?.focus()
  }, [state, onSaved, titleId])
  const labels = Object.fromEntries(
    ["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"].map((field) => [
      field,
      tAddress(field),
    ])
  )
  return (
    <form action={action} noValidate className="grid gap-4" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} className="font-serif text-xl focus:outline-none">
        {entry ? t("editTitle") : t("addTitle")}
      </h2>
      <ErrorSummary
        id={`${titleId}-form-errors`}
        errors={state?.fieldErrors ?? {}}
        labels={labels}
        message={state?.error ? tErr(state.error) : null}
      />
      {entry && <input type="hidden" name="address_id" value={entry.id} />}
      <AddressFields
        idPrefix={`${titleId}-form`}
        values={(state?.values as Partial<AddressInput>) ?? entry?.address ?? null}
        errors={state?.fieldErrors ?? {}}
        countries={countries}
      />
      <div className="flex gap-3">
        <button type="submit" className={ui.primary} disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <button type="button" className={ui.secondary} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  )
}
