import { toMinor } from "@telar/fair-trade"

/** Pesos as typed on a phone ("350", "350.50", "350,50", "1 200") in integer centavos; null when it is no price above 0. */
export function pesosToCentavos(typed: string): number | null {
  const text = typed.trim().replace(/\s+/g, "").replace(",", ".")
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(text)) return null
  const centavos = toMinor(text, "mxn")
  return centavos > 0 ? centavos : null
}

/** Integer centavos back to what the coordinator typed ("350", "350.50"). */
export function centavosToPesos(centavos: number): string {
  const pesos = Math.trunc(centavos / 100)
  const rest = centavos % 100
  return rest === 0 ? String(pesos) : `${pesos}.${String(rest).padStart(2, "0")}`
}
