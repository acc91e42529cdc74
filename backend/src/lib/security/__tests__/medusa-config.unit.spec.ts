import path from "node:path"

const configPath = path.resolve(__dirname, "../../../../medusa-config.ts")
const strong = "9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a"

function loadConfigWith(env: Record<string, string | undefined>) {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key]
  try {
    jest.isolateModules(() => {
      require(configPath)
    })
  } finally {
    process.env = saved
  }
}

describe("medusa-config", () => {
  it.each([
    [{ JWT_SECRET: undefined, COOKIE_SECRET: strong }, /JWT_SECRET is not set/],
    [{ JWT_SECRET: "supersecret", COOKIE_SECRET: strong }, /JWT_SECRET is a published default/],
    [{ JWT_SECRET: strong, COOKIE_SECRET: "telar-dev-cookie-secret" }, /COOKIE_SECRET is a published default/],
    [{ JWT_SECRET: strong, COOKIE_SECRET: "short" }, /COOKIE_SECRET is 5 bytes long/],
    [
      { JWT_SECRET: strong, COOKIE_SECRET: strong, NODE_ENV: "production", STRIPE_API_KEY: undefined, TELAR_STRIPE_EMULATOR: undefined },
      /STRIPE_API_KEY is not set/,
    ],
  ])("refuses to boot with %j", (env, message) => {
    expect(() => loadConfigWith(env)).toThrow(message)
  })

  it("boots with strong secrets", () => {
    expect(() => loadConfigWith({ JWT_SECRET: strong, COOKIE_SECRET: strong.split("").reverse().join("") })).not.toThrow()
  })
})
