import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { requireSecret, stripeConfigProblem } from "./src/lib/security/secrets"
import { mailOptions } from "./src/modules/smtp-notification/config"
import { stripeOptions } from "./src/modules/stripe-payment/config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `medusa build` only compiles; every command that serves or touches data needs real secrets.
const building = process.argv[2] === "build"
const jwtSecret = building ? "" : requireSecret("JWT_SECRET")
const cookieSecret = building ? "" : requireSecret("COOKIE_SECRET")
const stripeProblem = building ? null : stripeConfigProblem()
if (stripeProblem) throw new Error(`Refusing to start: ${stripeProblem}.`)

const redisUrl = process.env.REDIS_URL
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"

// With REDIS_URL, every stateful infrastructure module is Redis-backed so that a server and
// its worker (or several servers) stay coherent; without it Medusa's in-process defaults serve.
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

// Medusa keeps an empty answer with no tag that any event clears (e.g. a category with no pieces
// yet): a minute, not Medusa's default hour, is the longest such an answer can outlive a change.
const CACHE_TTL_SECONDS = 60
const QUERY_CACHE_BYTES = 64 * 1024 * 1024

const cachingModule = {
  key: Modules.CACHING,
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? {
        ttl: CACHE_TTL_SECONDS,
        providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
      }
    : // Clones on read and write: without them a cached object mutated by one workflow leaks into
      // the next request (seen: a cart switched to México kept the US region from the cache).
      // At most ~64 MB of answers (Medusa's default, 300 MB, took the backend past 1 GB of RSS
      // with 10,000 pieces); Telar's own response cache and catalog index sit in front of it.
      { ttl: CACHE_TTL_SECONDS, in_memory: { enable: true, useClones: true, maxSize: QUERY_CACHE_BYTES } },
}

// Email goes over SMTP to SMTP_URL (`npm start` runs a local mail catcher); without SMTP_URL each
// mail is written to the log, marked as not delivered (see README, "Mail").
const mail = mailOptions()
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      // Medusa's default provider, kept: the admin dashboard's notification feed.
      { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local Notification Provider", channels: ["feed"] } },
      { resolve: "./src/modules/smtp-notification", id: mail.url ? "smtp" : "mail-log", options: mail },
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || `${storefrontUrl},http://localhost:8000,http://127.0.0.1:8000`,
      adminCors: process.env.ADMIN_CORS || `${backendUrl},http://localhost:9000,http://localhost:5173`,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl},http://localhost:8000,http://localhost:9000`,
      jwtSecret,
      cookieSecret,
    },
    // Secure cookies whenever the request came over HTTPS (directly or through a proxy that sets
    // X-Forwarded-Proto), so the admin also logs in on a local http://localhost start.
    // (express-session takes "auto"; Medusa's type only lists booleans.)
    cookieOptions: { secure: (backendUrl.startsWith("https:") ? true : "auto") as boolean },
  },
  admin: {
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true",
    backendUrl,
    // The admin screens use @telar/fair-trade and @telar/types, workspace packages built as CommonJS; Vite
    // only converts CommonJS under node_modules unless told, and the workspace links resolve outside it.
    vite: () => ({
      optimizeDeps: { include: ["@telar/fair-trade", "@telar/types"] },
      build: { commonjsOptions: { include: [/node_modules/, /packages\/(fair-trade|types)\/dist\//] } },
    }),
  },
  featureFlags: {
    caching: true,
    translation: true,
  },
  modules: [
    { resolve: "./src/modules/cooperative" },
    { resolve: "./src/modules/payment-audit" },
    { resolve: "./src/modules/payout" },
    { resolve: "./src/modules/product-request" },
    { resolve: "@medusajs/medusa/translation" },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [{ resolve: "./src/modules/stripe-payment", id: "stripe", options: stripeOptions() }],
      },
    },
    notificationModule,
    cachingModule,
    ...redisModules,
  ],
})
