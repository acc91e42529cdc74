import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Reads a cooperative back after a write (or for a GET) with the fields the request's query config chose; 404 if it is gone. */
export async function refetchCooperative(cooperativeId: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({ entity: "cooperative", fields, filters: { id: cooperativeId } }, { throwIfKeyNotFound: true })
  return cooperative
}
