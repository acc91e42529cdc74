import { Checkbox, Hint, Input, Label, Select, Textarea } from "@medusajs/ui"
import { type ReactNode, useId } from "react"

type FieldProps = { label: string; hint?: string; error?: string; required?: boolean }

/** Label above, the control, then the hint or the error that keeps the form from being sent. */
const FieldFrame = ({ id, label, hint, error, required, children }: FieldProps & { id: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1.5">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {required ? <span className="text-ui-fg-muted"> (required)</span> : null}
    </Label>
    {children}
    {error ? (
      <Hint variant="error" id={`${id}-error`}>
        {error}
      </Hint>
    ) : hint ? (
      <Hint id={`${id}-hint`}>{hint}</Hint>
    ) : null}
  </div>
)

type TextFieldProps = FieldProps & {
  value: string
  onChange: (value: string) => void
  type?: "text" | "email" | "url" | "tel"
  placeholder?: string
  inputMode?: "decimal" | "numeric" | "text"
  autoComplete?: string
}

export const TextField = ({ value, onChange, type = "text", placeholder, inputMode, autoComplete, ...field }: TextFieldProps) => {
  const id = useId()
  return (
    <FieldFrame id={id} {...field}>
      <Input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete={autoComplete ?? "off"}
        aria-invalid={!!field.error}
        aria-describedby={field.error ? `${id}-error` : field.hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  )
}

export const TextAreaField = ({ value, onChange, placeholder, ...field }: Omit<TextFieldProps, "type" | "inputMode">) => {
  const id = useId()
  return (
    <FieldFrame id={id} {...field}>
      <Textarea
        id={id}
        value={value}
        placeholder={placeholder}
        rows={4}
        aria-invalid={!!field.error}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  )
}

type SelectFieldProps<V extends string> = FieldProps & {
  value: V | ""
  onChange: (value: V) => void
  options: readonly { value: V; label: string }[]
  placeholder?: string
}

export const SelectField = <V extends string>({ value, onChange, options, placeholder, ...field }: SelectFieldProps<V>) => {
  const id = useId()
  return (
    <FieldFrame id={id} {...field}>
      <Select value={value} onValueChange={(next) => onChange(next as V)}>
        <Select.Trigger id={id} aria-invalid={!!field.error}>
          <Select.Value placeholder={placeholder ?? "Choose…"} />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </FieldFrame>
  )
}

export const CheckboxField = ({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
}) => {
  const id = useId()
  return (
    <div className="flex items-start gap-x-2">
      <Checkbox id={id} checked={checked} onCheckedChange={(state) => onChange(state === true)} />
      <div className="flex flex-col">
        <Label htmlFor={id} size="small">
          {label}
        </Label>
        {hint ? <Hint>{hint}</Hint> : null}
      </div>
    </div>
  )
}

/** One form key's value, error and onChange, to spread on its field: `<TextField label="…" {...field("name")} />`. */
export function fieldBinder<F>(form: F, errors: Partial<Record<keyof F, string>>, onChange: (form: F) => void) {
  return <K extends keyof F>(key: K) => ({
    value: form[key],
    error: errors[key],
    onChange: (value: F[K]) => onChange({ ...form, [key]: value }),
  })
}

/** A bare control with its label above, for filters and pickers that are not part of a form's body. */
export const LabeledControl = ({
  label,
  className,
  children,
}: {
  label: string
  className?: string
  children: (id: string) => ReactNode
}) => {
  const id = useId()
  return (
    <div className={className ? `flex ${className} flex-col gap-y-1.5` : "flex flex-col gap-y-1.5"}>
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {children(id)}
    </div>
  )
}
