"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { ui } from "../lib/ui"
import { provincesOf, type AddressInput } from "../lib/address"
import { Field } from "./field"

type Props = {
  /** Prefix of the element ids, unique on the page. */
  idPrefix: string
  values: Partial<AddressInput> | null
  errors: Record<string, string>
  countries: Array<{ code: string; name: string }>
  /** Which of an order's addresses: the autocomplete section token, and the inputs' name prefix ("shipping_first_name"). */
  section?: "shipping" | "billing"
}

/** Name, street, city, state, postal code, country, phone: labelled, with autocomplete hints. */
export default function AddressFields({ idPrefix, values, errors, countries, section }: Props) {
  const t = useTranslations("checkout.address")
  const tField = useTranslations("checkout.fieldErrors")
  const prefix = section ? `${section}_` : ""
  const ac = (token: string) => (section ? `${section} ${token}` : token)
  const id = (field: string) => `${idPrefix}-${prefix}${field}`
  const error = (field: string) => errors[prefix + field]
  const value = (field: keyof AddressInput) => values?.[field] ?? ""
  const [country, setCountry] = useState(value("country_code") || countries[0]?.code || "")
  const provinces = provincesOf(country)
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <Field
        id={id("first_name")}
        name={`${prefix}first_name`}
        label={t("first_name")}
        required
        autoComplete={ac("given-name")}
        defaultValue={value("first_name")}
        error={error("first_name")}
      />
      <Field
        id={id("last_name")}
        name={`${prefix}last_name`}
        label={t("last_name")}
        required
        autoComplete={ac("family-name")}
        defaultValue={value("last_name")}
        error={error("last_name")}
      />
      <Field
        id={id("address_1")}
        name={`${prefix}address_1`}
        label={t("address_1")}
        required
        autoComplete={ac("address-line1")}
        defaultValue={value("address_1")}
        error={error("address_1")}
        className="sm:col-span-2"
      />
      <Field
        id={id("address_2")}
        name={`${prefix}address_2`}
        label={t("address_2")}
        autoComplete={ac("address-line2")}
        defaultValue={value("address_2")}
        error={error("address_2")}
        className="sm:col-span-2"
      />
      <Field
        id={id("city")}
        name={`${prefix}city`}
        label={t("city")}
        required
        autoComplete={ac("address-level2")}
        defaultValue={value("city")}
        error={error("city")}
      />
      {provinces ? (
        // Remounted per country: the list, and so the choice, belongs to one country.
        <div key={country}>
          <label htmlFor={id("province")} className={ui.label}>
            {t("province")}
            <span aria-hidden="true"> *</span>
          </label>
          <select
            id={id("province")}
            name={`${prefix}province`}
            defaultValue={value("province")}
            autoComplete={ac("address-level1")}
            required
            aria-invalid={error("province") ? true : undefined}
            aria-describedby={error("province") ? `${id("province")}-error` : undefined}
            className={ui.input}
          >
            <option value="">{t("provinceChoose")}</option>
            {Object.entries(provinces).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          {error("province") && (
            <p id={`${id("province")}-error`} className={ui.fieldError}>
              {tField(error("province"))}
            </p>
          )}
        </div>
      ) : (
        <Field
          key={country}
          id={id("province")}
          name={`${prefix}province`}
          label={t("provinceOptional")}
          autoComplete={ac("address-level1")}
          defaultValue={(value("country_code") || country) === country ? value("province") : ""}
          error={error("province")}
        />
      )}
      <Field
        id={id("postal_code")}
        name={`${prefix}postal_code`}
        label={country === "us" ? t("postal_code_us") : t("postal_code")}
        required
        autoComplete={ac("postal-code")}
        inputMode="numeric"
        defaultValue={value("postal_code")}
        error={error("postal_code")}
      />
      <div>
        <label htmlFor={id("country_code")} className={ui.label}>
          {t("country_code")}
          <span aria-hidden="true"> *</span>
        </label>
        <select
          id={id("country_code")}
          name={`${prefix}country_code`}
          defaultValue={country}
          onChange={(event) => setCountry(event.target.value)}
          autoComplete={ac("country")}
          required
          aria-invalid={error("country_code") ? true : undefined}
          aria-describedby={error("country_code") ? `${id("country_code")}-error` : undefined}
          className={ui.input}
        >
          {countries.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        {error("country_code") && (
          <p id={`${id("country_code")}-error`} className={ui.fieldError}>
            {tField(error("country_code"))}
          </p>
        )}
      </div>
      <Field
        id={id("phone")}
        name={`${prefix}phone`}
        label={t("phone")}
        type="tel"
        autoComplete={ac("tel")}
        defaultValue={value("phone")}
        error={error("phone")}
        hint={t("phoneHint")}
        className="sm:col-span-2"
      />
    </div>
  )
}
