import type { ParcelStatus } from "@telar/types"
import type { CoordinatorLanguage } from "../../modules/cooperative/models/coordinator"

type Order = { number: string }

const STATUS_ES: Record<ParcelStatus, string> = {
  pending: "por preparar",
  ready: "listo para enviar",
  handed_to_carrier: "entregado a la paquetería",
}
const STATUS_EN: Record<ParcelStatus, string> = {
  pending: "to prepare",
  ready: "ready to send",
  handed_to_carrier: "handed to the carrier",
}

/** What the portal tells a coordinator about an order's parcel, in plain words, in their language. */
const MESSAGES = {
  es: {
    notFound: () => "No encontramos ese pedido entre los pedidos de tu cooperativa.",
    canceled: (p: Order) => `El pedido #${p.number} se canceló: no lo envíes.`,
    moved: (p: Order & { status: ParcelStatus }) => `Listo: el paquete del pedido #${p.number} quedó «${STATUS_ES[p.status]}».`,
    repeat: (p: Order & { status: ParcelStatus }) =>
      `El paquete del pedido #${p.number} ya estaba «${STATUS_ES[p.status]}». No cambió nada.`,
    backwards: (p: Order & { status: ParcelStatus; asked: ParcelStatus }) =>
      `No se puede: el paquete del pedido #${p.number} ya está «${STATUS_ES[p.status]}» y no puede volver a «${STATUS_ES[p.asked]}».`,
    otherDetails: (p: Order & { carrier: string | null; tracking: string | null }) =>
      `No se puede: el paquete del pedido #${p.number} ya se entregó${p.carrier ? ` a ${p.carrier}` : ""}${p.tracking ? ` con la guía ${p.tracking}` : ""}. Si hay un error, escribe al equipo de Telar.`,
  },
  en: {
    notFound: () => "That order is not one of your cooperative's orders.",
    canceled: (p: Order) => `Order #${p.number} was canceled: do not send it.`,
    moved: (p: Order & { status: ParcelStatus }) => `Done: the parcel of order #${p.number} is now "${STATUS_EN[p.status]}".`,
    repeat: (p: Order & { status: ParcelStatus }) =>
      `The parcel of order #${p.number} was already "${STATUS_EN[p.status]}". Nothing changed.`,
    backwards: (p: Order & { status: ParcelStatus; asked: ParcelStatus }) =>
      `Not possible: the parcel of order #${p.number} is already "${STATUS_EN[p.status]}" and cannot go back to "${STATUS_EN[p.asked]}".`,
    otherDetails: (p: Order & { carrier: string | null; tracking: string | null }) =>
      `Not possible: the parcel of order #${p.number} was already handed over${p.carrier ? ` to ${p.carrier}` : ""}${p.tracking ? ` with tracking number ${p.tracking}` : ""}. If something is wrong, write to the Telar team.`,
  },
} as const

export function parcelMessages(language: CoordinatorLanguage | string | null | undefined) {
  return language === "en" ? MESSAGES.en : MESSAGES.es
}
