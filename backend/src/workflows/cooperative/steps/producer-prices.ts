import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinor } from "@telar/fair-trade"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** BigNumber columns take exact decimal text; the generated model type only admits number. */
const asBigNumberInput = (amount: string) => amount as unknown as number

export type ProducerPriceInput = { variant_id: string; amount: string | number }

export type ProducerPricePlan = {
  currency_code: string
  create: { variant_id: string; amount: string }[]
  update: { id: string; variant_id: string; amount: string; previous: string }[]
}

/** Validates the variants belong to the cooperative and splits the input into creates and updates. */
export const planProducerPricesStep = createStep(
  "plan-producer-prices",
  async ({ cooperative_id, prices }: { cooperative_id: string; prices: ProducerPriceInput[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const cooperative = await service.retrieveCooperative(cooperative_id, { relations: ["payout_account"] }).catch(() => {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative "${cooperative_id}" was not found.`)
    })
    const currency = cooperative.payout_account?.currency_code ?? "mxn"

    const variantIds = prices.map((price) => price.variant_id)
    if (new Set(variantIds).size !== variantIds.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each variant may appear only once in a producer price update.")
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.cooperative.id", "producer_price.id", "producer_price.amount"],
      filters: { id: variantIds },
    })
    const byId = new Map(variants.map((variant: any) => [variant.id, variant]))
    const plan: ProducerPricePlan = { currency_code: currency, create: [], update: [] }
    for (const price of prices) {
      const variant = byId.get(price.variant_id)
      if (!variant) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant "${price.variant_id}" was not found.`)
      }
      if (variant.product?.cooperative?.id !== cooperative_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Variant "${price.variant_id}" is not a product of ${cooperative.name}: attach the product first.`
        )
      }
      let minor: number
      try {
        minor = toMinor(price.amount, currency)
      } catch (error) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Producer price for ${price.variant_id}: ${(error as Error).message}.`)
      }
      if (minor < 0) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Producer price for ${price.variant_id} cannot be negative.`)
      }
      const amount = String(price.amount)
      if (variant.producer_price?.id) {
        plan.update.push({ id: variant.producer_price.id, variant_id: variant.id, amount, previous: String(variant.producer_price.amount) })
      } else {
        plan.create.push({ variant_id: variant.id, amount })
      }
    }
    return new StepResponse(plan)
  }
)

export const createProducerPricesStep = createStep(
  "create-producer-prices",
  async ({ plan }: { plan: ProducerPricePlan }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const created = await service.createProducerPrices(
      plan.create.map((price) => ({ amount: asBigNumberInput(price.amount), currency_code: plan.currency_code }))
    )
    const links = created.map((price, index) => ({ variant_id: plan.create[index].variant_id, producer_price_id: price.id }))
    return new StepResponse(
      links,
      created.map((price) => price.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteProducerPrices(ids)
  }
)

export const updateProducerPricesStep = createStep(
  "update-producer-prices",
  async ({ plan }: { plan: ProducerPricePlan }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    if (plan.update.length) {
      await service.updateProducerPrices(plan.update.map((price) => ({ id: price.id, amount: asBigNumberInput(price.amount) })))
    }
    return new StepResponse(undefined, plan.update)
  },
  async (updates, { container }) => {
    if (!updates?.length) return
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.updateProducerPrices(updates.map((price) => ({ id: price.id, amount: asBigNumberInput(price.previous) })))
  }
)
