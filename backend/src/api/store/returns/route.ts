import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's own POST /store/returns opens a return for anyone who knows an order's id, to any
 * stock location they name. Telar's shoppers ask from their account instead, where the owner,
 * the window and the cooperative's location are checked: POST /store/orders/:id/returns.
 */
export async function POST(_req: MedusaRequest, _res: MedusaResponse) {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    "Returns are asked for from the order in your account: sign in and use POST /store/orders/:id/returns."
  )
}
