// Real Medusa processes from the production build, started and killed the way an operator would.
import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import path from "node:path"

const root = path.resolve(__dirname, "../../..")
const serverDir = process.env.E2E_SERVER_DIR || path.join(root, "backend", ".medusa", "server")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

export type MedusaProcess = {
  name: string
  url: string
  child: ChildProcess
  log: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** What every process of one shop shares: database, secrets, Stripe. */
export function shopEnv(extra: Record<string, string> = {}): Record<string, string> {
  const required = ["DATABASE_URL", "JWT_SECRET", "COOKIE_SECRET"]
  for (const name of required) if (!process.env[name]) throw new Error(`${name} must be set (e2e/run.mjs passes it)`)
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    DATABASE_URL: process.env.DATABASE_URL!,
    JWT_SECRET: process.env.JWT_SECRET!,
    COOKIE_SECRET: process.env.COOKIE_SECRET!,
    TELAR_STRIPE_EMULATOR: "1",
    TELAR_RATE_LIMIT_FACTOR: "0",
    MEDUSA_DISABLE_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
}

/** `medusa start` in its own process group (so kill -9 reaches the server, not only npx). */
export async function startMedusa(name: string, env: Record<string, string>): Promise<MedusaProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const url = `http://localhost:${port}`
  let output = ""
  const child = spawn(medusaBin, ["start"], {
    cwd: serverDir,
    env: { ...env, PORT: String(port), MEDUSA_BACKEND_URL: url },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, signal)
    } catch {}
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
    try {
      process.kill(-child.pid!, "SIGKILL")
    } catch {}
  }
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during startup:\n${output.slice(-4000)}`)
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false
    )
    if (healthy) break
    if (Date.now() > deadline) {
      await stop("SIGKILL")
      throw new Error(`${name} was not healthy within 120 s:\n${output.slice(-4000)}`)
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return { name, url, child, log: () => output, stop }
}

/** An axios-shaped client over fetch, as the backend's checkout driver expects. */
export function apiClient(baseURL: string) {
  async function request(method: string, url: string, body?: unknown, config?: { headers?: Record<string, string> }) {
    const response = await fetch(`${baseURL}${url}`, {
      method,
      headers: { "content-type": "application/json", ...(config?.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok)
      throw Object.assign(new Error(`${method} ${url} → ${response.status}: ${JSON.stringify(data)}`), {
        response: { status: response.status, data },
      })
    return { status: response.status, data }
  }
  return {
    defaults: { baseURL },
    get: (url: string, config?: any) => request("GET", url, undefined, config),
    post: (url: string, body?: unknown, config?: any) => request("POST", url, body ?? {}, config),
  }
}

/** The admin login and store key of the seeded shop, and what the checkout driver needs of it. */
export async function shopFixture(api: ReturnType<typeof apiClient>) {
  const login = await api.post("/auth/user/emailpass", { email: process.env.TELAR_ADMIN_EMAIL, password: process.env.TELAR_ADMIN_PASSWORD })
  const admin = { headers: { authorization: `Bearer ${login.data.token}` } }
  const store = { headers: { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY as string } }
  const [{ data: stores }, { data: profiles }, { data: regions }, { data: cooperatives }] = await Promise.all([
    api.get("/admin/stores?fields=default_sales_channel_id", admin),
    api.get("/admin/shipping-profiles", admin),
    api.get("/admin/regions", admin),
    api.get("/admin/cooperatives?limit=1", admin),
  ])
  return {
    admin,
    store,
    salesChannelId: stores.stores[0].default_sales_channel_id as string,
    shippingProfileId: profiles.shipping_profiles.find((profile: any) => profile.type === "default").id as string,
    usdRegionId: regions.regions.find((region: any) => region.currency_code === "usd").id as string,
    cooperativeId: cooperatives.cooperatives[0].id as string,
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
