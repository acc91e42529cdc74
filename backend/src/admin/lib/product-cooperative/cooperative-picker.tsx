import { Button, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../api"
import { SelectField } from "../components/fields"
import { ErrorAlert, Muted } from "../components/feedback"
import { STATUS_COLORS, STATUS_LABELS } from "../constants"
import type { AdminCooperative } from "../types"
import { moveProductToCooperative } from "./move"
import type { WidgetProduct } from "./types"

/** The product's cooperative, and choosing or changing it through the cooperatives' product link route. */
export const CooperativePicker = ({ product, onChanged }: { product: WidgetProduct; onChanged: () => void }) => {
  const prompt = usePrompt()
  const [choosing, setChoosing] = useState(false)
  const [chosen, setChosen] = useState("")
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const current = product.cooperative
  const cooperatives = useQuery({
    queryKey: ["telar", "cooperatives", "choices"],
    queryFn: () =>
      adminFetch<{ cooperatives: Pick<AdminCooperative, "id" | "name" | "status">[] }>("/admin/cooperatives", {
        query: { limit: 500, order: "name", fields: "id,name,status" },
      }),
    enabled: choosing,
  })
  const options = (cooperatives.data?.cooperatives ?? [])
    .filter((cooperative) => cooperative.id !== current?.id)
    .map((cooperative) => ({
      value: cooperative.id,
      label: `${cooperative.name} (${STATUS_LABELS[cooperative.status] ?? cooperative.status})`,
    }))

  const save = async () => {
    const target = cooperatives.data?.cooperatives.find((cooperative) => cooperative.id === chosen)
    if (!target) return setFailure("Choose a cooperative.")
    const artisanIds = (product.artisans ?? []).flatMap((artisan) => (artisan ? [artisan.id] : []))
    if (current) {
      const confirmed = await prompt({
        title: `Move "${product.title}" to ${target.name}?`,
        description:
          `Its artisans belong to ${current.name} and are taken off the product. ` +
          "Check its producer prices with the new cooperative afterwards: they stay as they are.",
        confirmText: "Move product",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    setBusy(true)
    setFailure(null)
    const result = await moveProductToCooperative((path, body) => adminFetch(path, { method: "POST", body }), {
      product_id: product.id,
      from: current ? { id: current.id, name: current.name } : null,
      to: { id: target.id, name: target.name },
      artisan_ids: artisanIds,
    })
    setBusy(false)
    onChanged()
    if (result.ok) {
      toast.success(`"${product.title}" now belongs to ${target.name}.`)
      setChoosing(false)
      setChosen("")
    } else {
      setFailure(result.message)
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="product-cooperative-picker">
      <div className="flex items-center justify-between gap-4">
        {current ? (
          <div className="flex items-center gap-2">
            <Text size="small" weight="plus" asChild>
              <Link to={`/cooperatives/${current.id}`} className="hover:underline">
                {current.name}
              </Link>
            </Text>
            <StatusBadge color={STATUS_COLORS[current.status] ?? "grey"}>{STATUS_LABELS[current.status] ?? current.status}</StatusBadge>
          </div>
        ) : (
          <Muted>No cooperative yet: shoppers cannot see who made it, and no one earns from its sales.</Muted>
        )}
        {choosing ? null : (
          <Button size="small" variant="secondary" onClick={() => setChoosing(true)}>
            {current ? "Change cooperative" : "Choose cooperative"}
          </Button>
        )}
      </div>
      {choosing ? (
        <div className="flex flex-col gap-y-3 rounded-lg border border-ui-border-base p-4">
          <ErrorAlert error={cooperatives.error} />
          {cooperatives.isLoading ? (
            <Muted>Loading cooperatives…</Muted>
          ) : !options.length ? (
            <Muted>
              No {current ? "other " : ""}cooperative exists yet: <Link to="/cooperatives/create">create one</Link>.
            </Muted>
          ) : (
            <SelectField label="Cooperative" value={chosen} options={options} placeholder="Choose a cooperative" onChange={setChosen} />
          )}
          {failure ? <ErrorAlert error={new Error(failure)} /> : null}
          <div className="flex justify-end gap-2">
            <Button
              size="small"
              variant="secondary"
              onClick={() => {
                setChoosing(false)
                setFailure(null)
              }}
            >
              Cancel
            </Button>
            <Button size="small" isLoading={busy} disabled={!chosen} onClick={save}>
              {current ? "Move product" : "Attach product"}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
