import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { RETURN_REASONS, type ReturnReasonCode } from "@telar/types"

/** How staff read each reason in Medusa's admin: Spanish first, then English. */
export const RETURN_REASON_LABELS: Record<ReturnReasonCode, string> = {
  wrong_size: "Talla o medida equivocada · Wrong size",
  not_as_described: "No es como se describía · Not as described",
  arrived_damaged: "Llegó dañada · Arrived damaged",
  changed_mind: "Cambió de opinión · Changed their mind",
  other: "Otro motivo · Other reason",
}

/**
 * Medusa's return reasons for Telar's codes (value = code), created the first time a shopper
 * needs them, so the admin shows staff why each piece came back. One process creates them at a
 * time (the value is not unique in Medusa's table); staff may relabel them, the code stays.
 */
export async function returnReasonIds(container: MedusaContainer): Promise<Record<ReturnReasonCode, string>> {
  const orders = container.resolve(Modules.ORDER)
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    "telar:return-reasons",
    async () => {
      const existing = await orders.listReturnReasons(
        { value: [...RETURN_REASONS] },
        { select: ["id", "value"], order: { created_at: "ASC" } }
      )
      const ids = new Map<string, string>()
      for (const reason of existing) if (!ids.has(reason.value)) ids.set(reason.value, reason.id)
      const missing = RETURN_REASONS.filter((code) => !ids.has(code))
      if (missing.length) {
        const created = await orders.createReturnReasons(missing.map((code) => ({ value: code, label: RETURN_REASON_LABELS[code] })))
        for (const reason of created) ids.set(reason.value, reason.id)
      }
      return Object.fromEntries(RETURN_REASONS.map((code) => [code, ids.get(code) as string])) as Record<ReturnReasonCode, string>
    },
    { timeout: 10 }
  )
}
