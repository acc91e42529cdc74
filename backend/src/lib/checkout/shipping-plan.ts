import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"

export type ShippingSpeed = "standard" | "express"

export type ShippingPlan = {
  speeds: ShippingSpeed[]
  groups: {
    cooperative: { id: string; handle: string; name: string } | null
    item_ids: string[]
    options: {
      id: string
      speed: ShippingSpeed
      name: string
      amount: string
      currency_code: string
      insufficient_inventory: boolean
    }[]
  }[]
}

/**
 * Each cooperative ships its own parcel from its own stock location: group the cart's lines by
 * cooperative and offer each group the shipping options of that cooperative's location.
 */
export async function buildShippingPlan(container: MedusaContainer, cartId: string): Promise<ShippingPlan> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "shipping_address.country_code", "items.id", "items.product_id"],
    filters: { id: cartId },
  })
  const cart = carts[0]
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart "${cartId}" was not found.`)
  }
  const items = (cart.items ?? []).filter(Boolean) as { id: string; product_id: string }[]
  if (!items.length) {
    return { speeds: [], groups: [] }
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "cooperative.id", "cooperative.handle", "cooperative.name", "cooperative.stock_location.id"],
    filters: { id: [...new Set(items.map((item) => item.product_id))] },
  })
  const cooperativeOf = new Map(products.map((product: any) => [product.id, product.cooperative ?? null]))

  type Group = { cooperative: any; locationId: string | null; item_ids: string[] }
  const groups = new Map<string, Group>()
  for (const item of items) {
    const cooperative = cooperativeOf.get(item.product_id)
    const key: string = cooperative?.id ?? "none"
    const group: Group = groups.get(key) ?? { cooperative, locationId: cooperative?.stock_location?.id ?? null, item_ids: [] }
    group.item_ids.push(item.id)
    groups.set(key, group)
  }

  const options: any[] = cart.shipping_address?.country_code
    ? (await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cartId, is_return: false } })).result
    : []

  const plan: ShippingPlan = { speeds: [], groups: [] }
  for (const group of groups.values()) {
    plan.groups.push({
      cooperative: group.cooperative ? { id: group.cooperative.id, handle: group.cooperative.handle, name: group.cooperative.name } : null,
      item_ids: group.item_ids,
      options: options
        .filter((option) => option.service_zone?.fulfillment_set?.location?.id === group.locationId)
        .map((option) => ({
          id: option.id,
          speed: (option.type?.code ?? "standard") as ShippingSpeed,
          name: option.name,
          amount: String(option.amount ?? option.calculated_price?.calculated_amount ?? "0"),
          currency_code: cart.currency_code,
          insufficient_inventory: !!option.insufficient_inventory,
        })),
    })
  }
  // A speed is offered only when every parcel can go that way.
  plan.speeds = (["standard", "express"] as ShippingSpeed[]).filter((speed) =>
    plan.groups.every((group) => group.options.some((option) => option.speed === speed))
  )
  return plan
}
