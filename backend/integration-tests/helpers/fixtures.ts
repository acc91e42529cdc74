import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { seedRegions, seedStore } from "../../src/scripts/seed-store"

export const ADMIN = { email: "staff@telar.test", password: "a-long-test-password" }

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

export type StoreFixture = Awaited<ReturnType<typeof createStoreFixture>>

/** Store, sales channel, publishable key, regions and an admin login: the base every spec needs. */
export async function createStoreFixture(container: MedusaContainer, api: Api) {
  const { salesChannelId } = await seedStore(container as any)
  await seedRegions(container as any)
  const apiKeys = container.resolve(Modules.API_KEY)
  const [key] = await apiKeys.listApiKeys({ type: "publishable", title: "Telar Storefront" })

  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: ADMIN } as any)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email: ADMIN.email } },
  })
  const { data } = await api.post("/auth/user/emailpass", ADMIN)
  const admin = { headers: { authorization: `Bearer ${data.token}` } }
  const { data: profiles } = await api.get("/admin/shipping-profiles", admin)
  const { data: regions } = await api.get("/admin/regions", admin)
  return {
    salesChannelId,
    shippingProfileId: profiles.shipping_profiles[0].id as string,
    usdRegionId: regions.regions.find((region: { currency_code: string }) => region.currency_code === "usd").id as string,
    admin,
    store: { headers: { "x-publishable-api-key": key.token } },
  }
}

/** A valid cooperative body; CLABE from Banxico's published example. */
export function cooperativeBody(overrides: Record<string, unknown> = {}) {
  return {
    handle: "tejedoras-de-prueba",
    name: "Tejedoras de Prueba",
    community: "Zinacantán",
    municipality: "Zinacantán",
    region: "Altos",
    latitude: 16.7597,
    longitude: -92.7222,
    founded_year: 1998,
    member_families: 42,
    languages: ["Tsotsil", "Spanish"],
    crafts: ["backstrap loom", "embroidery"],
    story_en: "Weavers of Zinacantán.",
    story_es: "Tejedoras de Zinacantán.",
    status: "published",
    payout_account: { method: "spei", account_holder: "Tejedoras de Prueba SC de RL", clabe: "032180000118359719" },
    ...overrides,
  }
}

/** A shopper who registers, creates their customer and signs in: the store's key and their token. */
export async function registerShopper(
  api: Api,
  store: { headers: Record<string, string> },
  shopper: { email: string; password: string; first_name: string; last_name?: string }
) {
  const { email, password, ...names } = shopper
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post("/store/customers", { email, ...names }, { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } })
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...store.headers, authorization: `Bearer ${data.token}` } }
}
