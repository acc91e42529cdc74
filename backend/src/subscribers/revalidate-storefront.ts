import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHmac } from "node:crypto"
import { PAYOUT_PAID_EVENT } from "../lib/payout/impact-events"

const TAGS_BY_EVENT_PREFIX: [string, string[]][] = [
  ["product.", ["products", "cooperatives", "categories"]],
  ["product-variant.", ["products"]],
  ["product-category.", ["categories", "products"]],
  ["inventory-level.", ["products"]],
  ["reservation-item.", ["products"]],
  // Events of Telar's cooperative module: "<module>.<model>.<action>".
  ["cooperative.cooperative.", ["cooperatives", "products"]],
  ["cooperative.artisan.", ["cooperatives", "products"]],
  ["cooperative.producer_price.", ["products"]],
  ["cooperative.exchange_rate.", ["exchange-rate", "products"]],
  // A payout marked paid moves the home page's "paid to cooperatives" and "families reached".
  [PAYOUT_PAID_EVENT, ["impact"]],
]

let pending = new Set<string>()
let timer: NodeJS.Timeout | null = null

/** Signs and posts the tags to the storefront's revalidation route; a storefront that is down is not our failure. */
async function flush(logger: { warn: (message: string) => void }) {
  const tags = [...pending]
  pending = new Set()
  timer = null
  // Compose posts to the storefront's address inside its network, not the public one.
  const url = process.env.STOREFRONT_INTERNAL_URL || process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret || !tags.length) return
  const body = JSON.stringify({ tags })
  // Format checked by the storefront's verifySignature: the timestamp is signed, replays expire.
  const t = Math.floor(Date.now() / 1000)
  const signature = `t=${t},sha256=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`
  try {
    const response = await fetch(`${url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telar-signature": signature },
      body,
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) logger.warn(`Storefront revalidation answered ${response.status}`)
  } catch (error) {
    logger.warn(`Storefront revalidation failed: ${(error as Error).message}`)
  }
}

/** Tells the storefront which cached catalog data changed (coalescing bursts, e.g. a bulk import). */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<unknown>) {
  const match = TAGS_BY_EVENT_PREFIX.find(([prefix]) => event.name.startsWith(prefix))
  if (!match) return
  for (const tag of match[1]) pending.add(tag)
  if (!timer) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    timer = setTimeout(() => void flush(logger), 20)
  }
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "product-category.updated",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "reservation-item.created",
    "reservation-item.updated",
    "reservation-item.deleted",
    "cooperative.cooperative.created",
    "cooperative.cooperative.updated",
    "cooperative.cooperative.deleted",
    "cooperative.artisan.created",
    "cooperative.artisan.updated",
    "cooperative.artisan.deleted",
    "cooperative.producer_price.created",
    "cooperative.producer_price.updated",
    "cooperative.exchange_rate.created",
    PAYOUT_PAID_EVENT,
  ],
}
