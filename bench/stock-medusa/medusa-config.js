// Stock Medusa 2.21.2 as the reference for bench/stock-medusa.mjs: Medusa's defaults plus its Caching
// Module with the built-in in-memory provider, as Medusa's docs set it up. No Telar module, no admin.
// The bench script sets DATABASE_URL and the secrets (random per run).
const { defineConfig, Modules } = require("@medusajs/framework/utils")

const cors = process.env.STOCK_CORS || "http://localhost:8000,http://localhost:9900"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: cors,
      adminCors: cors,
      authCors: cors,
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: { disable: true },
  featureFlags: { caching: true },
  modules: [{ key: Modules.CACHING, resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }],
})
