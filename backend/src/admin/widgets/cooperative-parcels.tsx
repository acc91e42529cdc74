import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type Actor = { id: string; name: string | null } | null

type Parcel = {
  cooperative: { id: string; name: string } | null
  location_id: string | null
  shipping_method_name: string | null
  items: { id: string; title: string; quantity: number; remaining: number }[]
  progress: {
    status: "pending" | "ready" | "handed_to_carrier"
    ready_at: string | null
    ready_by: Actor
    handed_at: string | null
    handed_by: Actor
    carrier: string | null
    tracking_number: string | null
  }
}

// What the cooperative's coordinator reported from the portal (the order's fulfillments are Medusa's own).
const PROGRESS = {
  pending: { label: "Not packed yet", color: "grey" },
  ready: { label: "Packed, ready to send", color: "blue" },
  handed_to_carrier: { label: "Handed to the carrier", color: "green" },
} as const

const when = (at: string) => new Date(at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
const by = (actor: Actor) => (actor ? ` by ${actor.name ?? actor.id}` : "")

/** The coordinator's steps, each with who and when, and the carrier and tracking number once handed over. */
const Progress = ({ progress }: { progress: Parcel["progress"] }) => {
  const steps = [
    progress.ready_at ? `Ready${by(progress.ready_by)}, ${when(progress.ready_at)}` : null,
    progress.handed_at
      ? `Handed to ${progress.carrier ?? "the carrier"}${progress.tracking_number ? ` (tracking ${progress.tracking_number})` : ""}${by(progress.handed_by)}, ${when(progress.handed_at)}`
      : null,
  ].filter(Boolean)
  return (
    <div className="flex flex-col gap-1">
      <div>
        <Badge size="2xsmall" color={PROGRESS[progress.status].color}>
          Coordinator: {PROGRESS[progress.status].label}
        </Badge>
      </div>
      {steps.map((step) => (
        <Text key={step} size="small" className="text-ui-fg-subtle">
          {step}
        </Text>
      ))}
    </div>
  )
}

/** One parcel per cooperative, each fulfilled from the cooperative's own stock location. */
const CooperativeParcelsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [parcels, setParcels] = useState<Parcel[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const url = `/admin/orders/${order.id}/cooperative-parcels`

  const load = useCallback(async () => {
    const response = await fetch(url, { credentials: "include" })
    if (response.ok) setParcels((await response.json()).parcels)
  }, [url])

  useEffect(() => {
    load()
  }, [load])

  const fulfill = async (parcel: Parcel) => {
    if (!parcel.cooperative) return
    setBusy(parcel.cooperative.id)
    try {
      const response = await fetch(url, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cooperative_id: parcel.cooperative.id }),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body.message ?? "The parcel could not be fulfilled.")
      setParcels(body.parcels)
      toast.success(`${parcel.cooperative.name}'s parcel is fulfilled. Reload the page to see it in the order's fulfillments.`)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(null)
    }
  }

  if (!parcels || parcels.length < 1) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Parcels by cooperative</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Each cooperative ships its own pieces from its own stock location.
        </Text>
      </div>
      {parcels.map((parcel) => {
        const remaining = parcel.items.reduce((sum, item) => sum + item.remaining, 0)
        return (
          <div key={parcel.cooperative?.id ?? "none"} className="flex flex-col gap-2 px-6 py-4">
            <div className="flex items-center justify-between gap-2">
              <Text weight="plus">{parcel.cooperative?.name ?? "No cooperative"}</Text>
              <Badge size="2xsmall" color={remaining ? "orange" : "green"}>
                {remaining ? `${remaining} to send` : "Fulfilled"}
              </Badge>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {parcel.items.map((item) => `${item.quantity} × ${item.title}`).join(", ")}
              {parcel.shipping_method_name ? ` · ${parcel.shipping_method_name}` : ""}
            </Text>
            {parcel.cooperative ? <Progress progress={parcel.progress} /> : null}
            {remaining > 0 && parcel.cooperative ? (
              <Button size="small" variant="secondary" isLoading={busy === parcel.cooperative.id} onClick={() => fulfill(parcel)}>
                Fulfill from {parcel.cooperative.name}
              </Button>
            ) : null}
          </div>
        )
      })}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side" })

export default CooperativeParcelsWidget
