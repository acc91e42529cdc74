import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { seedCatalog } from "./seed-catalog"
import { seedPromotions, seedRegions, seedStore } from "./seed-store"

export const DEMO_EXCHANGE_RATE = "18.25"

/**
 * Seeds the demo store when the database holds no cooperative yet; a second run changes nothing.
 * Prints the publishable key on a line of its own so `npm start` can pick it up.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [, existing] = await cooperatives.listAndCountCooperatives({}, { take: 1 })
  if (existing > 0) {
    logger.info(`Seed skipped: the database already has ${existing} cooperative(s).`)
    await printPublishableKey(container)
    return
  }

  const started = Date.now()
  const { salesChannelId } = await seedStore(container)
  await seedRegions(container)
  await cooperatives.recordExchangeRate({ from: "usd", to: "mxn", rate: DEMO_EXCHANGE_RATE, set_by: "seed", note: "Demo rate" })
  await seedCatalog(container, { salesChannelId })
  await seedPromotions(container)
  logger.info(`Seeded the demo catalog in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  await printPublishableKey(container)
}

async function printPublishableKey(container: ExecArgs["container"]) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ type: "publishable", title: "Telar Storefront" })
  const key = keys.find((candidate) => !candidate.revoked_at)
  if (key) {
    // Parsed by scripts/start.mjs.
    console.log(`TELAR_PUBLISHABLE_KEY=${key.token}`)
  }
}
