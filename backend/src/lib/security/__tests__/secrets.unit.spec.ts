import { KNOWN_DEFAULT_SECRETS, requireSecret, secretProblem, stripeConfigProblem } from "../secrets"

const strong = "3f9c1a7e5b2d48c6a0e1f7b3c9d2e4a6"

describe("secretProblem", () => {
  it.each([
    ["unset", undefined, /not set/],
    ["empty", "", /not set/],
    ["Medusa's default", "supersecret", /published default/],
    ["Telar's old npm start default", "telar-dev-jwt-secret", /published default/],
    ["the old compose default", "change-me-jwt", /published default/],
    ["too short", "abcdef0123456789", /16 bytes long; it needs at least 32/],
    ["long but not random", "a".repeat(64), /repeats too few/],
  ])("refuses a secret that is %s", (_label, value, message) => {
    expect(secretProblem("JWT_SECRET", value)).toMatch(message)
  })

  it("accepts 32 random bytes", () => {
    expect(secretProblem("JWT_SECRET", strong)).toBeNull()
  })

  it("lists every default the project ever shipped", () => {
    expect(KNOWN_DEFAULT_SECRETS).toEqual(expect.arrayContaining(["supersecret", "telar-dev-cookie-secret", "change-me-cookie"]))
  })
})

describe("requireSecret", () => {
  it("says what to set", () => {
    expect(() => requireSecret("COOKIE_SECRET", {})).toThrow(/Set COOKIE_SECRET to a random value of at least 32 bytes/)
  })
  it("returns a good secret", () => {
    expect(requireSecret("COOKIE_SECRET", { COOKIE_SECRET: strong })).toBe(strong)
  })
})

describe("stripeConfigProblem", () => {
  it.each([
    [{ NODE_ENV: "production" }, /STRIPE_API_KEY is not set/],
    [{ NODE_ENV: "production", STRIPE_API_KEY: "sk_live_x" }, /STRIPE_WEBHOOK_SECRET is not set/],
  ])("refuses a production deployment without real Stripe keys (%j)", (env, message) => {
    expect(stripeConfigProblem(env as NodeJS.ProcessEnv)).toMatch(message)
  })
  it.each([
    [{ NODE_ENV: "production", TELAR_STRIPE_EMULATOR: "1" }],
    [{ NODE_ENV: "production", STRIPE_API_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }],
    [{ NODE_ENV: "development" }],
  ])("lets %j start", (env) => {
    expect(stripeConfigProblem(env as NodeJS.ProcessEnv)).toBeNull()
  })
})
