import { Button } from "@medusajs/ui"
import type { ReactNode } from "react"
import { ErrorAlert } from "./feedback"
import { Section } from "./section"

type FormShellProps = {
  onSubmit: () => void
  onCancel: () => void
  submitLabel: ReactNode
  isPending: boolean
  /** The mutation's error, shown above the buttons. */
  error: unknown
  children: ReactNode
  /** "card": a bordered box inside a section; "plain": the section's whole body. */
  look?: "card" | "plain"
  /** "end": Cancel then submit, at the right; "start": submit then Cancel, at the left. */
  buttons?: "end" | "start"
  submitVariant?: "primary" | "danger"
  gap?: "3" | "4"
}

const GAP = { "3": "gap-y-3", "4": "gap-y-4" } as const

/** A form that saves through one mutation: its fields, the API's error, then Cancel and the submit button. */
export const FormShell = ({
  onSubmit,
  onCancel,
  submitLabel,
  isPending,
  error,
  children,
  look = "card",
  buttons = "end",
  submitVariant,
  gap = "4",
}: FormShellProps) => {
  const cancel = (
    <Button type="button" size="small" variant="secondary" onClick={onCancel}>
      Cancel
    </Button>
  )
  const submit = (
    <Button type="submit" size="small" variant={submitVariant} isLoading={isPending}>
      {submitLabel}
    </Button>
  )
  return (
    <form
      className={`flex flex-col ${GAP[gap]}${look === "card" ? " rounded-lg border border-ui-border-base p-4" : ""}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      {children}
      <ErrorAlert error={error} />
      {buttons === "end" ? (
        <div className="flex justify-end gap-2">
          {cancel}
          {submit}
        </div>
      ) : (
        <div className="flex gap-2">
          {submit}
          {cancel}
        </div>
      )}
    </form>
  )
}

type EditSectionProps = Omit<FormShellProps, "look" | "buttons" | "gap"> & { title: string; testId: string }

/** A detail page's section while it is being edited: the whole section becomes the form. */
export const EditSection = ({ title, testId, ...form }: EditSectionProps) => (
  <Section title={title} testId={testId}>
    <FormShell {...form} look="plain" />
  </Section>
)
