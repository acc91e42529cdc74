import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"

/**
 * An advance or a correction goes to a cooperative that exists; the order it names, if any, must
 * hold pieces of that cooperative (someone else's order is a typo). Reads only.
 */
export const validateAdvanceStep = createStep(
  "validate-advance",
  async (input: { cooperative_id: string; order_id?: string | null }, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [cooperative] = await cooperatives.listCooperatives({ id: input.cooperative_id }, { select: ["id"], take: 1 })
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative "${input.cooperative_id}" was not found.`)
    if (!input.order_id) return new StepResponse({ cooperative_id: cooperative.id })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: input.order_id } })
    if (!order) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order "${input.order_id}" was not found: check the order named.`)
    }
    const productIds = [...new Set((order.items ?? []).map((item) => item?.product_id).filter((id): id is string => !!id))]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "cooperative.id"], filters: { id: productIds } })
      : { data: [] }
    const holdsTheirs = (products as { cooperative?: { id?: string } | null }[]).some(
      (product) => product.cooperative?.id === cooperative.id
    )
    if (!holdsTheirs) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Order "${input.order_id}" has no piece of cooperative "${cooperative.id}": name an order of its own pieces.`
      )
    }
    return new StepResponse({ cooperative_id: cooperative.id })
  }
)
