import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { formatDateTime } from "../../lib/activity"
import { adminFetch, errorMessage } from "../../lib/api"
import { TextField } from "../../lib/components/fields"
import { ErrorAlert, Loading, Muted } from "../../lib/components/feedback"
import { jumpWarning, needsJumpConfirmation, rateChangePercent, rateInForce } from "../../lib/exchange-rate"
import { telarKeys } from "../../lib/queries"
import type { AdminExchangeRate } from "../../lib/types"

// The one pair Telar converts: shoppers pay in USD, cooperatives are paid in MXN.
const FROM = "usd"
const TO = "mxn"

type RateBody = { from_currency: string; to_currency: string; rate: string; note?: string; confirm_jump?: boolean }

const signed = (percent: number) => `${percent > 0 ? "+" : ""}${percent}%`

/** The staff's exchange rate: what is in force, its history, and a new rate checked by the API (big jumps need a confirmation). */
const ExchangeRatesPage = () => {
  const queryClient = useQueryClient()
  const [rate, setRate] = useState("")
  const [note, setNote] = useState("")
  const [rateError, setRateError] = useState<string | undefined>()
  /** The body the API refused only for its jump, waiting for staff to confirm it. */
  const [pending, setPending] = useState<{ body: RateBody; message: string } | null>(null)

  const history = useQuery({
    queryKey: telarKeys.exchangeRates,
    queryFn: () => adminFetch<{ exchange_rates: AdminExchangeRate[]; count: number }>("/admin/exchange-rates"),
  })
  // Who set each rate, by email; the ids stay when the list cannot be read.
  const users = useQuery({
    queryKey: ["telar", "users"],
    queryFn: () => adminFetch<{ users: { id: string; email: string }[] }>("/admin/users", { query: { limit: 100, fields: "id,email" } }),
  })
  const emails = new Map((users.data?.users ?? []).map((user) => [user.id, user.email]))

  const rows = history.data?.exchange_rates ?? []
  const current = rateInForce(rows, FROM, TO)
  const change = rateChangePercent(current?.rate, rate)

  const record = useMutation({
    mutationFn: (body: RateBody) => adminFetch<{ exchange_rate: AdminExchangeRate }>("/admin/exchange-rates", { method: "POST", body }),
    onSuccess: ({ exchange_rate }) => {
      toast.success(`1 USD = ${exchange_rate.rate} MXN is now in force.`)
      setRate("")
      setNote("")
      setPending(null)
      queryClient.invalidateQueries({ queryKey: telarKeys.exchangeRates })
      // Product splits in the product widget use the rate in force.
      queryClient.invalidateQueries({ queryKey: ["telar", "product"] })
    },
    onError: (error, body) => {
      // Only a first, unconfirmed jump can be confirmed; any other refusal is shown as it is.
      setPending(needsJumpConfirmation(error) && !body.confirm_jump ? { body, message: jumpWarning(errorMessage(error)) } : null)
    },
  })

  const submit = () => {
    const value = rate.trim()
    setPending(null)
    record.reset()
    if (!value) return setRateError("Enter the rate: how many pesos one US dollar buys, e.g. 18.25.")
    setRateError(undefined)
    record.mutate({ from_currency: FROM, to_currency: TO, rate: value, ...(note.trim() ? { note: note.trim() } : {}) })
  }

  const showError = record.error && !pending

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Exchange rates</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Converts USD prices for the money split on product pages and for cooperatives' earnings. Orders keep the rate they were placed
            with: a new rate changes nothing already owed.
          </Text>
        </div>
        <div className="px-6 py-4" data-testid="exchange-rate-current">
          <Text size="small" className="text-ui-fg-subtle">
            In force
          </Text>
          {history.isLoading ? (
            <Loading what="the rate" />
          ) : current ? (
            <>
              <Heading level="h2" className="tabular-nums">
                1 USD = {current.rate} MXN
              </Heading>
              <Muted>
                Since {formatDateTime(current.row.created_at)}
                {current.row.set_by ? `, set by ${emails.get(current.row.set_by) ?? current.row.set_by}` : ""}
              </Muted>
            </>
          ) : (
            <Muted>No USD→MXN rate is set yet: product pages show no money split for USD prices until one is.</Muted>
          )}
        </div>
        <form
          className="flex flex-col gap-y-4 px-6 py-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <Heading level="h2">Set a new rate</Heading>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <TextField
              label="MXN per 1 USD"
              required
              inputMode="decimal"
              placeholder="18.25"
              value={rate}
              error={rateError}
              hint={change !== null ? `${signed(change)} from the rate in force.` : "Up to 8 decimals."}
              onChange={(value) => {
                setRate(value)
                setPending(null)
              }}
            />
            <TextField label="Note" value={note} placeholder="e.g. Banxico FIX of 6 Dec" onChange={setNote} />
          </div>
          {pending ? (
            <Alert variant="warning" data-testid="exchange-rate-confirmation">
              <div className="flex flex-col gap-y-3">
                <Text size="small">{pending.message}</Text>
                <Text size="small" weight="plus">
                  Is {pending.body.rate} MXN per USD right?
                </Text>
                <div className="flex gap-2">
                  <Button
                    type="button"
                    size="small"
                    isLoading={record.isPending}
                    onClick={() => record.mutate({ ...pending.body, confirm_jump: true })}
                  >
                    Yes, set {pending.body.rate}
                  </Button>
                  <Button type="button" size="small" variant="secondary" onClick={() => setPending(null)}>
                    No, correct it
                  </Button>
                </div>
              </div>
            </Alert>
          ) : null}
          {showError ? <ErrorAlert error={record.error} /> : null}
          {pending ? null : (
            <div>
              <Button type="submit" size="small" isLoading={record.isPending}>
                Set rate
              </Button>
            </div>
          )}
        </form>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">History</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Newest first; rates are never edited, a new one replaces the one in force.
          </Text>
        </div>
        {history.error ? <ErrorAlert error={history.error} className="mx-6 my-4" /> : null}
        {history.isLoading ? null : !rows.length ? (
          <div className="px-6 py-4">
            <Muted>No rates recorded yet.</Muted>
          </div>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Set on</Table.HeaderCell>
                <Table.HeaderCell>Pair</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Rate</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Change</Table.HeaderCell>
                <Table.HeaderCell>Set by</Table.HeaderCell>
                <Table.HeaderCell>Note</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row, index) => {
                const previous = rows
                  .slice(index + 1)
                  .find((older) => older.from_currency === row.from_currency && older.to_currency === row.to_currency)
                const rowChange = rateChangePercent(previous?.rate, row.rate)
                return (
                  <Table.Row key={row.id}>
                    <Table.Cell className="whitespace-nowrap">{formatDateTime(row.created_at)}</Table.Cell>
                    <Table.Cell>
                      {row.from_currency.toUpperCase()} → {row.to_currency.toUpperCase()}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{row.rate}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{rowChange === null ? "—" : signed(rowChange)}</Table.Cell>
                    <Table.Cell>{row.set_by ? (emails.get(row.set_by) ?? row.set_by) : "—"}</Table.Cell>
                    <Table.Cell>{row.note ?? ""}</Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Exchange rates", icon: CurrencyDollar })

export default ExchangeRatesPage
