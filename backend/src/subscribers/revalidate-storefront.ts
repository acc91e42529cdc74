import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHmac } from "node:crypto"
import { CATALOG_EVENTS } from "../lib/catalog/catalog-events"
import { PAYOUT_PAID_EVENT } from "../lib/payout/impact-events"

/** The storefront's cache tags an event drops: the first matching prefix wins; other catalog events drop "products". */
const TAGS_BY_EVENT_PREFIX: [string, string[]][] = [
  ["product-category.", ["categories", "products"]],
  ["product.product-category.", ["categories", "products"]],
  // A product itself (workflow "product.*" and the product module's "product.product.*").
  ["product.product.", ["products", "cooperatives", "categories"]],
  ["product.product-", ["products"]],
  ["product.", ["products", "cooperatives", "categories"]],
  // Events of Telar's cooperative module ("<module>.<model>.<action>") and its links.
  ["cooperative.exchange-rate.", ["exchange-rate", "products"]],
  ["cooperative.producer-price.", ["products"]],
  ["cooperative.", ["cooperatives", "products"]],
  ["LinkCooperative", ["cooperatives", "products"]],
  ["LinkProductProductCooperative", ["cooperatives", "products"]],
  // A payout marked paid moves the home page's "paid to cooperatives" and "families reached".
  [PAYOUT_PAID_EVENT, ["impact"]],
]

const tagsOf = (eventName: string) => TAGS_BY_EVENT_PREFIX.find(([prefix]) => eventName.startsWith(prefix))?.[1] ?? ["products"]

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
  for (const tag of tagsOf(event.name)) pending.add(tag)
  if (!timer) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    timer = setTimeout(() => void flush(logger), 20)
  }
}

export const config: SubscriberConfig = {
  event: [...CATALOG_EVENTS, PAYOUT_PAID_EVENT],
}
