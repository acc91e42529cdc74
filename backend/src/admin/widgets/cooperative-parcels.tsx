import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import {
  type AdminCooperativeParcels,
  type AdminShipCooperativeParcel,
  type CooperativeParcel,
  choicesText,
  type ParcelActor,
  type ParcelProgress,
  type ShipTo,
} from "@telar/types"
import { useCallback, useEffect, useState } from "react"
import { adminFetch, errorMessage } from "../lib/api"
import { formatMoney } from "../lib/money"

// What the cooperative's coordinator reported from the portal (the order's fulfillments are Medusa's own).
const PROGRESS = {
  pending: { label: "Not packed yet", color: "grey" },
  ready: { label: "Packed, ready to send", color: "blue" },
  handed_to_carrier: { label: "Handed to the carrier", color: "green" },
} as const

const when = (at: string) => new Date(at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
const by = (actor: ParcelActor | null) => (actor ? ` by ${actor.name ?? actor.id}` : "")
const pickListUrl = (orderId: string, cooperativeId?: string) =>
  `/admin/orders/${orderId}/cooperative-parcels/pick-list?lang=es${cooperativeId ? `&cooperative_id=${encodeURIComponent(cooperativeId)}` : ""}`

/** The coordinator's steps, each with who and when, and the carrier and tracking number once handed over. */
const Progress = ({ progress }: { progress: ParcelProgress }) => {
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

/** The pick list of one parcel: what to pack, how many, which SKU and which choices. */
const PickList = ({ items }: { items: CooperativeParcel["items"] }) => (
  <ul className="flex flex-col gap-1">
    {items.map((item) => {
      const choices = choicesText(item.options)
      return (
        <li key={item.id}>
          <Text size="small">
            <span className="font-medium">{item.quantity} ×</span> {item.title}
            {item.sku ? ` · SKU ${item.sku}` : ""}
            {choices ? ` · ${choices}` : ""}
          </Text>
        </li>
      )
    })}
  </ul>
)

/** Carrier and tracking number (prefilled with the coordinator's report), then ship: fulfill what is left, charge, mark shipped. */
const ShipForm = ({
  parcel,
  busy,
  onShip,
}: {
  parcel: CooperativeParcel
  busy: boolean
  onShip: (carrier: string, tracking: string) => void
}) => {
  const [carrier, setCarrier] = useState(parcel.progress.carrier ?? "")
  const [tracking, setTracking] = useState(parcel.progress.tracking_number ?? "")
  const id = parcel.cooperative?.id ?? "none"
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-2 gap-2">
        <div className="flex flex-col gap-1">
          <Label size="xsmall" htmlFor={`carrier-${id}`}>
            Carrier
          </Label>
          <Input size="small" id={`carrier-${id}`} value={carrier} onChange={(event) => setCarrier(event.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label size="xsmall" htmlFor={`tracking-${id}`}>
            Tracking number
          </Label>
          <Input size="small" id={`tracking-${id}`} value={tracking} onChange={(event) => setTracking(event.target.value)} />
        </div>
      </div>
      <Button size="small" variant="primary" isLoading={busy} onClick={() => onShip(carrier.trim(), tracking.trim())}>
        Ship {parcel.cooperative?.name}'s parcel
      </Button>
    </div>
  )
}

const addressText = (to: ShipTo) =>
  [
    [to.first_name, to.last_name].filter(Boolean).join(" "),
    to.company,
    [to.address_1, to.address_2].filter(Boolean).join(", "),
    [to.city, [to.province?.replace(/^[a-z]{2}-/i, "").toUpperCase(), to.postal_code].filter(Boolean).join(" ")].filter(Boolean).join(", "),
    to.country_code.toUpperCase(),
    to.phone,
  ].filter(Boolean)

/** One parcel per cooperative: its pick list, fulfilled from its own stock location, shipped and charged on its own. */
const CooperativeParcelsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [answer, setAnswer] = useState<AdminCooperativeParcels | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const url = `/admin/orders/${order.id}/cooperative-parcels`

  const load = useCallback(async () => {
    try {
      setAnswer(await adminFetch<AdminCooperativeParcels>(url))
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }, [url])

  useEffect(() => {
    load()
  }, [load])

  const act = async (
    parcel: CooperativeParcel,
    action: () => Promise<AdminCooperativeParcels>,
    success: (next: AdminCooperativeParcels) => string
  ) => {
    if (!parcel.cooperative) return
    setBusy(parcel.cooperative.id)
    try {
      const next = await action()
      setAnswer(next)
      toast.success(success(next))
    } catch (error) {
      toast.error(errorMessage(error))
    } finally {
      setBusy(null)
    }
  }

  const fulfill = (parcel: CooperativeParcel) =>
    act(
      parcel,
      () => adminFetch<AdminCooperativeParcels>(url, { method: "POST", body: { cooperative_id: parcel.cooperative?.id } }),
      () => `${parcel.cooperative?.name}'s parcel is fulfilled. Reload the page to see it in the order's fulfillments.`
    )

  const ship = (parcel: CooperativeParcel, carrier: string, tracking: string) =>
    act(
      parcel,
      () =>
        adminFetch<AdminShipCooperativeParcel>(`${url}/${parcel.cooperative?.id}/ship`, {
          method: "POST",
          body: { ...(carrier ? { carrier } : {}), ...(tracking ? { tracking_number: tracking } : {}) },
        }),
      (next) => {
        const { shipment } = next as AdminShipCooperativeParcel
        const charged =
          shipment.charged && shipment.currency_code ? `; ${formatMoney(shipment.charged, shipment.currency_code)} captured` : ""
        return shipment.outcome === "shipped"
          ? `${parcel.cooperative?.name}'s parcel is shipped${charged}. The shopper gets an email.`
          : `${parcel.cooperative?.name}'s parcel had already shipped: nothing more was captured.`
      }
    )

  if (!answer || answer.parcels.length < 1) return null
  const { parcels, payment } = answer
  const currency = answer.order.currency_code
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-2 px-6 py-4">
        <div className="flex items-center justify-between gap-2">
          <Heading level="h2">Parcels by cooperative</Heading>
          <Button size="small" variant="secondary" onClick={() => window.open(pickListUrl(order.id), "_blank", "noopener")}>
            Print all pick lists
          </Button>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          Each cooperative packs and ships its own parcel from its own stock location; the card is charged for a parcel when it ships.
        </Text>
        {payment ? (
          <Text size="small" weight="plus">
            Captured {formatMoney(payment.captured, payment.currency_code)} of {formatMoney(payment.authorized, payment.currency_code)}{" "}
            authorized
          </Text>
        ) : null}
        {answer.order.ship_to ? (
          <Text size="small" className="text-ui-fg-subtle">
            Ship to: {addressText(answer.order.ship_to).join(", ")}
          </Text>
        ) : null}
      </div>
      {parcels.map((parcel) => {
        const remaining = parcel.items.reduce((sum, item) => sum + item.remaining, 0)
        const tracking = parcel.fulfillments.flatMap((fulfillment) => fulfillment.tracking_numbers)
        const carrier = parcel.fulfillments.find((fulfillment) => fulfillment.carrier)?.carrier
        return (
          <div key={parcel.cooperative?.id ?? "none"} className="flex flex-col gap-2 px-6 py-4">
            <div className="flex items-center justify-between gap-2">
              <Text weight="plus">{parcel.cooperative?.name ?? "No cooperative"}</Text>
              <Badge size="2xsmall" color={parcel.shipped ? "green" : remaining ? "orange" : "blue"}>
                {parcel.shipped ? "Shipped" : remaining ? `${remaining} to send` : "Fulfilled"}
              </Badge>
            </div>
            <PickList items={parcel.items} />
            <Text size="small" className="text-ui-fg-subtle">
              {parcel.shipping_method_name ? `${parcel.shipping_method_name} · ` : ""}
              {formatMoney(parcel.share, currency)} with shipping and taxes · {parcel.shipped ? "charged" : "charged when it ships"}
            </Text>
            {parcel.shipped && (carrier || tracking.length) ? (
              <Text size="small" className="text-ui-fg-subtle">
                {carrier ?? "Carrier not given"}
                {tracking.length ? ` · tracking ${tracking.join(", ")}` : ""}
              </Text>
            ) : null}
            {parcel.cooperative ? <Progress progress={parcel.progress} /> : null}
            {parcel.cooperative ? (
              <div className="flex flex-wrap gap-2">
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => window.open(pickListUrl(order.id, parcel.cooperative?.id), "_blank", "noopener")}
                >
                  Print pick list
                </Button>
                {remaining > 0 ? (
                  <Button size="small" variant="secondary" isLoading={busy === parcel.cooperative.id} onClick={() => fulfill(parcel)}>
                    Fulfill from {parcel.cooperative.name}
                  </Button>
                ) : null}
              </div>
            ) : null}
            {parcel.cooperative && !parcel.shipped ? (
              <ShipForm
                parcel={parcel}
                busy={busy === parcel.cooperative.id}
                onShip={(carrierName, trackingNumber) => ship(parcel, carrierName, trackingNumber)}
              />
            ) : null}
          </div>
        )
      })}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side" })

export default CooperativeParcelsWidget
