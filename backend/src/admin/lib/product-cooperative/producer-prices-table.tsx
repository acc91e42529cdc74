import type { ExchangeRate } from "@telar/fair-trade"
import { Button, Hint, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { adminFetch } from "../api"
import { ErrorAlert, Muted } from "../components/feedback"
import { PAYOUT_CURRENCY } from "../constants"
import { formatMoney, formatShare } from "../money"
import { type PriceSplit, variantPriceSplits } from "../product-split"
import { previewProducerPrice, type ProducerPriceDrafts, producerPriceDrafts, producerPricesPayload } from "./producer-prices"
import type { WidgetProduct } from "./types"

const SplitLine = ({ line }: { line: PriceSplit }) => {
  const price = formatMoney(line.price, line.currency)
  if (!line.split) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {price}: {line.problem}
      </Text>
    )
  }
  const { split } = line
  return (
    <Text size="small" className={split.belowProducerPrice ? "text-ui-fg-error" : undefined}>
      {price}: cooperative {formatMoney(split.cooperative, split.currency)} ({formatShare(split.cooperativeShareBps)}), network{" "}
      {formatMoney(split.network, split.currency)}
      {split.belowProducerPrice ? " — the price no longer covers the producer price" : ""}
    </Text>
  )
}

type Props = { product: WidgetProduct; cooperativeId: string; rate: ExchangeRate | null; onChanged: () => void }

/**
 * Producer price per variant (what the cooperative receives per piece) and the money split the
 * product page shows for each of its prices, previewed while typing.
 */
export const ProducerPricesTable = ({ product, cooperativeId, rate, onChanged }: Props) => {
  const variants = product.variants ?? []
  const [drafts, setDrafts] = useState<ProducerPriceDrafts>(() => producerPriceDrafts(variants))
  const [errors, setErrors] = useState<Partial<ProducerPriceDrafts>>({})
  const save = useMutation({
    mutationFn: (body: unknown) => adminFetch(`/admin/cooperatives/${cooperativeId}/producer-prices`, { method: "POST", body }),
    onSuccess: () => {
      toast.success("Producer prices saved.")
      onChanged()
    },
  })

  if (!variants.length) return <Muted>This product has no variants yet.</Muted>

  const submit = () => {
    const result = producerPricesPayload(variants, drafts, PAYOUT_CURRENCY)
    setErrors(result.ok ? {} : result.errors)
    if (!result.ok) return
    if (!result.payload.prices.length) return toast.info("No producer price changed.")
    save.mutate(result.payload)
  }

  return (
    <form
      className="flex flex-col gap-y-3"
      noValidate
      data-testid="product-producer-prices"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Variant</Table.HeaderCell>
            <Table.HeaderCell>Producer price ({PAYOUT_CURRENCY.toUpperCase()})</Table.HeaderCell>
            <Table.HeaderCell>Where the shopper's money goes (one piece)</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {variants.map((variant) => {
            const name = variant.title ?? variant.sku ?? variant.id
            const producer = previewProducerPrice(variant, drafts[variant.id], PAYOUT_CURRENCY)
            const lines = variantPriceSplits(variant, producer, rate)
            return (
              <Table.Row key={variant.id} className="align-top">
                <Table.Cell className="py-3">
                  <Text size="small" weight="plus">
                    {name}
                  </Text>
                  {variant.sku ? (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {variant.sku}
                    </Text>
                  ) : null}
                </Table.Cell>
                <Table.Cell className="py-3">
                  <Input
                    size="small"
                    inputMode="decimal"
                    placeholder="350.00"
                    aria-label={`Producer price for ${name}`}
                    aria-invalid={!!errors[variant.id]}
                    value={drafts[variant.id] ?? ""}
                    onChange={(event) => setDrafts({ ...drafts, [variant.id]: event.target.value })}
                  />
                  {errors[variant.id] ? <Hint variant="error">{errors[variant.id]}</Hint> : null}
                </Table.Cell>
                <Table.Cell className="py-3">
                  {lines.length ? lines.map((line) => <SplitLine key={line.currency} line={line} />) : <Muted>No price set.</Muted>}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <Muted>
        {rate
          ? `Prices in USD are converted at ${rate.rate} MXN per USD, the rate in force (as on the product page).`
          : "No USD→MXN rate is set: the split of USD prices appears once one is set under Exchange rates."}
      </Muted>
      <ErrorAlert error={save.error} />
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={save.isPending}>
          Save producer prices
        </Button>
      </div>
    </form>
  )
}
