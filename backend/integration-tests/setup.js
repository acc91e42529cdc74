process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"
const { randomBytes } = require("node:crypto")
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// medusa-config refuses to boot without strong secrets; each test run gets its own.
for (const name of ["JWT_SECRET", "COOKIE_SECRET"]) {
  if (!process.env[name]) process.env[name] = randomBytes(32).toString("hex")
}

// Race tests send hundreds of shoppers from one address; the rate-limit spec sets 1 itself.
if (!process.env.TELAR_RATE_LIMIT_FACTOR) process.env.TELAR_RATE_LIMIT_FACTOR = "100"

// Each spec file boots its own Medusa app; drop entity metadata left by the previous one.
MetadataStorage.clear()
