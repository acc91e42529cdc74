import { z } from "@medusajs/framework/zod"
import { STATEMENT_LOCALES } from "./statement-text"

function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const calendarDay = (name: string) =>
  z
    .string({ error: `${name} is a date written YYYY-MM-DD, e.g. 2026-12-31.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} is a date written YYYY-MM-DD, e.g. 2026-12-31.`)
    .refine(isCalendarDay, `${name} is not a date of the calendar.`)

/** GET …/statement: a period of calendar days (both included; default this month so far) and the reader's language. */
export const StatementQuery = z
  .object({
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    lang: z.enum(STATEMENT_LOCALES, { error: `lang must be one of ${STATEMENT_LOCALES.join(", ")}` }).optional(),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, "from must be on or before to.")

export type StatementQueryType = z.infer<typeof StatementQuery>

export const statementQueryConfig = { defaults: [], allowed: [], isList: false }
