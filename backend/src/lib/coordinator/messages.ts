import type { CoordinatorLanguage } from "../../modules/cooperative/models/coordinator"

/** What the portal tells a coordinator about a stock change, in plain words, in their language. */
const MESSAGES = {
  es: {
    applied: (p: { title: string; quantity: number }) => `Listo: ahora hay ${p.quantity} de «${p.title}».`,
    belowReserved: (p: { title: string; reserved: number }) =>
      `No se puede: ${p.reserved} ${p.reserved === 1 ? "pieza de" : "piezas de"} «${p.title}» ya ${p.reserved === 1 ? "está vendida" : "están vendidas"} y falta enviarlas. Deja al menos ${p.reserved}.`,
    negative: (p: { title: string }) => `No se puede: «${p.title}» no puede quedar con menos de 0 piezas.`,
    conflict: (p: { title: string; quantity: number }) =>
      `La cantidad de «${p.title}» cambió mientras tanto (ahora hay ${p.quantity}). Revisa y vuelve a guardar.`,
  },
  en: {
    applied: (p: { title: string; quantity: number }) => `Done: there are now ${p.quantity} of "${p.title}".`,
    belowReserved: (p: { title: string; reserved: number }) =>
      `Not possible: ${p.reserved} of "${p.title}" ${p.reserved === 1 ? "is" : "are"} already sold and waiting to be sent. Keep at least ${p.reserved}.`,
    negative: (p: { title: string }) => `Not possible: "${p.title}" cannot go below 0.`,
    conflict: (p: { title: string; quantity: number }) =>
      `The stock of "${p.title}" changed in the meantime (it is ${p.quantity} now). Check it and save again.`,
  },
} as const

export function coordinatorMessages(language: CoordinatorLanguage | string | null | undefined) {
  return language === "en" ? MESSAGES.en : MESSAGES.es
}
