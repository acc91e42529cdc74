import { Button, Hint, Input, Label, Select } from "@medusajs/ui"
import { useId, useState } from "react"
import { Muted } from "../../../lib/components/feedback"
import { Section } from "../../../lib/components/section"
import { type StatementPeriod, statementHref, statementPeriodError } from "../../../lib/payouts-ledger"

/** The cooperative's printable statement of a period (Spanish by default, the cooperatives' language), opened in a new tab. */
export const StatementSection = ({ cooperativeId }: { cooperativeId: string }) => {
  const fromId = useId()
  const toId = useId()
  const langId = useId()
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
          <div className="flex flex-col gap-y-1.5">
            <Label htmlFor={fromId} size="small" weight="plus">
              From
            </Label>
            <Input
              id={fromId}
              type="date"
              size="small"
              value={period.from}
              onChange={(event) => setPeriod({ ...period, from: event.target.value })}
            />
          </div>
          <div className="flex flex-col gap-y-1.5">
            <Label htmlFor={toId} size="small" weight="plus">
              To
            </Label>
            <Input
              id={toId}
              type="date"
              size="small"
              value={period.to}
              onChange={(event) => setPeriod({ ...period, to: event.target.value })}
            />
          </div>
        </div>
        <div className="flex flex-col gap-y-1.5">
          <Label htmlFor={langId} size="small" weight="plus">
            Language
          </Label>
          <Select value={period.lang} onValueChange={(value) => setPeriod({ ...period, lang: value as StatementPeriod["lang"] })}>
            <Select.Trigger id={langId}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="es">Spanish</Select.Item>
              <Select.Item value="en">English</Select.Item>
            </Select.Content>
          </Select>
        </div>
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
