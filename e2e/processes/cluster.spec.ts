import { expect, test } from "@playwright/test"
import net from "node:net"
import { shopEnv, sleep, startMedusa, type MedusaProcess } from "./support/medusa"
import { shoppersOn, startStripe, waitFor } from "./support/shop"

// A Redis database of its own, emptied first: queues and locks from other runs must not leak in.
const redisUrl = process.env.E2E_REDIS_URL || "redis://127.0.0.1:6379/13"

async function redisReachable(url: string) {
  const { hostname, port } = new URL(url)
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) }, () => {
      socket.end()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
    socket.setTimeout(1000, () => {
      socket.destroy()
      resolve(false)
    })
  })
}

async function flushRedis(url: string) {
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
  await redis.flushdb()
  await redis.quit()
}

test.describe("two servers and a worker on Redis", () => {
  let stripe: Awaited<ReturnType<typeof startStripe>>
  const processes: MedusaProcess[] = []

  test.beforeAll(async () => {
    if (!(await redisReachable(redisUrl))) return
    await flushRedis(redisUrl)
    stripe = await startStripe()
    const env = shopEnv({ REDIS_URL: redisUrl, STRIPE_API_BASE: stripe.emulator.url })
    // The worker runs subscribers (Stripe's webhooks become orders there) and the jobs.
    processes.push(
      ...(await Promise.all([
        startMedusa("server A", { ...env, MEDUSA_WORKER_MODE: "server" }),
        startMedusa("server B", { ...env, MEDUSA_WORKER_MODE: "server" }),
        startMedusa("worker", { ...env, MEDUSA_WORKER_MODE: "worker" }),
      ]))
    )
    stripe.webhooksTo(processes[0].url)
  })

  test.afterAll(async () => {
    await Promise.all(processes.map((process) => process.stop()))
    await stripe?.emulator.close()
  })

  test("one piece, eight shoppers spread over both servers: one order, seven holds released", async () => {
    test.skip(!(await redisReachable(redisUrl)), `Redis is not reachable at ${redisUrl}: the several-process suite was skipped`)
    test.setTimeout(240_000)
    const [a, b] = await Promise.all([shoppersOn(processes[0].url, stripe.stripe), shoppersOn(processes[1].url, stripe.stripe)])
    const piece = await a.createPiece(a.fixture.cooperativeId, `cluster-piece-${Date.now()}`, 1, 120)
    // Shoppers alternate between the servers; those on B also complete through B's API.
    const shoppers = Array.from({ length: 8 }, (_, index) => (index % 2 ? b : a))
    const paid = await Promise.all(
      shoppers.map(async (shop, index) => {
        const cartId = await shop.cartWith([[piece.variantId, 1]], `cluster-shopper-${index}-${Date.now()}@example.org`)
        return { shop, cartId, ...(await shop.payWith(cartId)) }
      })
    )
    expect(paid.map((payment) => payment.confirmed.status)).toEqual(Array(8).fill("requires_capture"))
    const answers = await Promise.all(paid.filter(({ shop }) => shop === b).map(({ shop, cartId }) => shop.complete(cartId)))

    await stripe.emulator.flushWebhooks()
    const started = Date.now()
    await waitFor(
      async () => {
        for (const { cartId, intentId } of paid) {
          if ((await a.orderOfCart(cartId)) === null && (await stripe.intentStatus(intentId)) !== "canceled") return false
        }
        return true
      },
      120_000,
      "every payment to become an order or be released"
    )
    console.log(`[processes] 8 shoppers on 2 servers + worker: settled ${Date.now() - started} ms after the last webhook`)

    const orders = await a.ordersHolding(piece.variantId)
    expect(orders).toHaveLength(1)
    const statuses = await Promise.all(paid.map(({ intentId }) => stripe.intentStatus(intentId)))
    expect(statuses.filter((status) => status === "canceled")).toHaveLength(7)
    expect(statuses.filter((status) => status === "requires_capture")).toHaveLength(1)
    expect(await a.level(piece)).toMatchObject({ stocked_quantity: 1, reserved_quantity: 1 })
    for (const answer of answers) {
      expect(answer.type === "order" || answer.payment_released === true).toBe(true)
    }
    // Both servers agree with the database: the piece is sold out on each.
    await sleep(200)
    for (const shop of [a, b]) {
      const { data } = await shop.api.get(`/store/products/${piece.productId}?fields=%2Bvariants.inventory_quantity`, shop.fixture.store)
      expect(data.product.variants[0].inventory_quantity).toBe(0)
    }
  })
})
