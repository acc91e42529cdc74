/**
 * Secrets that have ever been printed in a README, a sample config or a framework default.
 * Anyone can sign an admin token with one of these, so the backend refuses them.
 */
export const KNOWN_DEFAULT_SECRETS = [
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "change-me-jwt",
  "change-me-cookie",
  "change-me-revalidate",
  "telar-dev-jwt-secret",
  "telar-dev-cookie-secret",
  "something",
  "jwt_secret",
  "cookie_secret",
]

export const MIN_SECRET_BYTES = 32

/** Why `value` cannot be used as the secret `name`, or null when it can. */
export function secretProblem(name: string, value: string | undefined): string | null {
  if (!value) return `${name} is not set`
  if (KNOWN_DEFAULT_SECRETS.includes(value.trim().toLowerCase())) return `${name} is a published default ("${value}")`
  if (Buffer.byteLength(value, "utf8") < MIN_SECRET_BYTES) {
    return `${name} is ${Buffer.byteLength(value, "utf8")} bytes long; it needs at least ${MIN_SECRET_BYTES}`
  }
  if (new Set(value).size < 8) return `${name} repeats too few characters to be random`
  return null
}

/**
 * Returns the secret, or throws a message that says what to set. `npm start` generates these
 * per install (in .data/secrets.json); a deployment sets them itself.
 */
export function requireSecret(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const problem = secretProblem(name, env[name])
  if (problem) {
    throw new Error(
      `Refusing to start: ${problem}. Set ${name} to a random value of at least ${MIN_SECRET_BYTES} bytes, ` +
        `e.g. \`openssl rand -hex 32\` (npm start generates one per install in .data/secrets.json).`
    )
  }
  return env[name] as string
}

/**
 * Stripe settings a real deployment must have: the emulator is only for `npm start` and the
 * tests, which say so with TELAR_STRIPE_EMULATOR=1.
 */
export function stripeConfigProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NODE_ENV !== "production" || env.TELAR_STRIPE_EMULATOR === "1") return null
  if (!env.STRIPE_API_KEY) return "STRIPE_API_KEY is not set (the Stripe emulator is for npm start and tests only)"
  if (!env.STRIPE_WEBHOOK_SECRET) return "STRIPE_WEBHOOK_SECRET is not set: Stripe's webhooks could not be verified"
  return null
}
