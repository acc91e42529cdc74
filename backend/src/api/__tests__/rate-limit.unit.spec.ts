import { rateLimit, type RateLimit } from "../rate-limit"

function call(middleware: ReturnType<typeof rateLimit>, ip: string) {
  let status = 200
  const headers: Record<string, string> = {}
  let body: any
  const res: any = {
    setHeader: (name: string, value: string) => {
      headers[name] = value
    },
    status: (code: number) => {
      status = code
      return res
    },
    json: (value: unknown) => {
      body = value
      return res
    },
  }
  return new Promise<{ status: number; headers: Record<string, string>; body: any }>((resolve) => {
    void middleware({ ip, body: {} } as any, res, () => resolve({ status, headers, body }))
    setTimeout(() => resolve({ status, headers, body }), 50)
  })
}

const limit = (name: string): RateLimit => ({ name, max: 3, windowSeconds: 60, key: (req) => req.ip ?? null })

describe("rateLimit (in-process counter)", () => {
  const saved = { ...process.env }
  beforeEach(() => {
    delete process.env.REDIS_URL
    process.env.TELAR_RATE_LIMIT_FACTOR = "1"
  })
  afterAll(() => {
    process.env = saved
  })

  it("lets `max` requests through, then answers 429 with Retry-After and a message", async () => {
    const middleware = rateLimit(limit(`test-${Date.now()}`))
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await call(middleware, "10.0.0.1")).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const blocked = await call(middleware, "10.0.0.1")
    expect(Number(blocked.headers["Retry-After"])).toBeGreaterThan(0)
    expect(blocked.body.message).toMatch(/Too many attempts/)
  })

  it("counts each client address on its own", async () => {
    const middleware = rateLimit(limit(`test-ip-${Date.now()}`))
    for (let i = 0; i < 3; i++) await call(middleware, "10.0.0.2")
    expect((await call(middleware, "10.0.0.2")).status).toBe(429)
    expect((await call(middleware, "10.0.0.3")).status).toBe(200)
  })

  it("scales the limits with TELAR_RATE_LIMIT_FACTOR", async () => {
    process.env.TELAR_RATE_LIMIT_FACTOR = "2"
    const middleware = rateLimit(limit(`test-factor-${Date.now()}`))
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await call(middleware, "10.0.0.4")).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429])
  })
})
