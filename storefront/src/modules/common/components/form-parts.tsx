"use client"

import { type ReactNode, type Ref, useEffect, useRef } from "react"
import { ui } from "@/modules/common/lib/ui"

type FormProblems = { ok?: boolean; error?: string; fieldErrors?: Record<string, string> } | null

const fieldId = (idPrefix: string, name: string) => `${idPrefix}-${name}`

/** Ties a form's fields to its last answer: `field(name)` gives the field's id, name and error. */
export function fieldsOf(state: FormProblems, idPrefix: string) {
  return (name: string) => ({ id: fieldId(idPrefix, name), name, error: state?.fieldErrors?.[name] })
}

/**
 * After a submit, moves focus to what the reader must see: the form's message (an error, or the
 * `ok` notice when `focusOk`), else the first field with an error (its id as `fieldsOf` gives it).
 */
export function useFocusAfterSubmit<T extends HTMLElement>(state: FormProblems, idPrefix: string, focusOk = false) {
  const messageRef = useRef<T>(null)
  useEffect(() => {
    if (state?.error || (focusOk && state?.ok)) messageRef.current?.focus()
    else if (state?.fieldErrors) document.getElementById(fieldId(idPrefix, Object.keys(state.fieldErrors)[0]))?.focus()
  }, [state, idPrefix, focusOk])
  return messageRef
}

/** The form-level error, focusable so screen readers announce it after a submit. */
export function FormAlert({ ref, children }: { ref: Ref<HTMLDivElement>; children: ReactNode }) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={ui.alert}>
      {children}
    </div>
  )
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <div>
      <button type="submit" className={ui.primary} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  )
}
