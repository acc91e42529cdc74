import { Button, Hint, Input, Select } from "@medusajs/ui"
import { useState } from "react"
import { Muted } from "../../../lib/components/feedback"
import { LabeledControl } from "../../../lib/components/fields"
import { Section } from "../../../lib/components/section"
import { type StatementPeriod, statementHref, statementPeriodError } from "../../../lib/payouts-ledger"

const DATES = [
  { key: "from", label: "From" },
  { key: "to", label: "To" },
] as const

/** The cooperative's printable statement of a period (Spanish by default, the cooperatives' language), opened in a new tab. */
export const StatementSection = ({ cooperativeId }: { cooperativeId: string }) => {
  const [period, setPeriod] = useState<StatementPeriod>({ from: "", to: "", lang: "es" })
  const problem = statementPeriodError(period)

  return (
    <Section
      title="Statement"
      description="Entries of a period with the opening and closing balance, to print or save as PDF for the cooperative."
      testId="payout-statement"
    >
      <div className="flex flex-col gap-y-4">
        <div className="grid grid-cols-2 gap-3">
          {DATES.map(({ key, label }) => (
            <LabeledControl key={key} label={label}>
              {(id) => (
                <Input
                  id={id}
                  type="date"
                  size="small"
                  value={period[key]}
                  onChange={(event) => setPeriod({ ...period, [key]: event.target.value })}
                />
              )}
            </LabeledControl>
          ))}
        </div>
        <LabeledControl label="Language">
          {(id) => (
            <Select value={period.lang} onValueChange={(value) => setPeriod({ ...period, lang: value as StatementPeriod["lang"] })}>
              <Select.Trigger id={id}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="es">Spanish</Select.Item>
                <Select.Item value="en">English</Select.Item>
              </Select.Content>
            </Select>
          )}
        </LabeledControl>
        {problem ? <Hint variant="error">{problem}</Hint> : <Muted>Empty dates: from the 1st of this month to today (Chiapas time).</Muted>}
        <div>
          {problem ? (
            <Button size="small" variant="secondary" disabled>
              Open statement
            </Button>
          ) : (
            <Button size="small" variant="secondary" asChild>
              <a href={statementHref(cooperativeId, period)} target="_blank" rel="noreferrer">
                Open statement
              </a>
            </Button>
          )}
        </div>
      </div>
    </Section>
  )
}
