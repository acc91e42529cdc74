"use client"

import { useTranslations } from "next-intl"
import { ui } from "../lib/ui"

type FieldProps = {
  id: string
  name: string
  label: string
  error?: string
  hint?: string
  required?: boolean
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "name">

/** A labelled input whose error is tied to it (aria-invalid + aria-describedby). */
export function Field({ id, name, label, error, hint, required, className, ...input }: FieldProps) {
  const tField = useTranslations("checkout.fieldErrors")
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className={ui.label}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={ui.input}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className={ui.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={ui.fieldError}>
          {tField(error)}
        </p>
      )}
    </div>
  )
}

/** Lists a form's problems at its top; focused after a failed submit. */
export function ErrorSummary({
  id,
  errors,
  labels,
  message,
}: {
  id: string
  errors: Record<string, string>
  labels: Record<string, string>
  message?: string | null
}) {
  const t = useTranslations("checkout")
  const tField = useTranslations("checkout.fieldErrors")
  const entries = Object.entries(errors)
  if (!entries.length && !message) return null
  return (
    <div id={id} tabIndex={-1} role="alert" className={`${ui.alert} focus:outline-3 focus:outline-red-800`} data-testid="form-errors">
      {message && <p className="font-medium">{message}</p>}
      {entries.length > 0 && (
        <>
          <p className="font-medium">{t("errorSummary", { count: entries.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {entries.map(([field, problem]) => (
              <li key={field}>
                <a href={`#${id.replace(/-errors$/, "")}-${field}`} className="underline">
                  {labels[field] ?? field}
                </a>
                : {tField(problem)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
