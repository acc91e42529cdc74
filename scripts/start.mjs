#!/usr/bin/env node
// `npm start`: one command from a fresh clone to a running Telar (see README).
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { spawn } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { fingerprint } from "./lib/fingerprint.mjs"
import { run, runOrFail } from "./lib/run.mjs"
import { loadInstallSecrets } from "./lib/secrets.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backend = path.join(root, "backend")
const dataDir = path.join(root, ".data")
// Database, secrets and emulator state; e2e runs point this elsewhere to get a fresh shop.
const stateDir = process.env.TELAR_DATA_DIR ? path.resolve(process.env.TELAR_DATA_DIR) : dataDir
const dev = process.argv.includes("--dev")
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
const say = (message) => console.log(`\x1b[36m[telar]\x1b[0m ${message}`)

const [major, minor] = process.versions.node.split(".").map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Telar needs Node.js 20.19 or newer; this is ${process.versions.node}.`)
  process.exit(1)
}

mkdirSync(dataDir, { recursive: true })

/**
 * TELAR_CLUSTER=N: N Medusa processes sharing the port (`medusa start --cluster N`), e.g. one per
 * core. Only with REDIS_URL: without Redis, locks (one piece, one order), events and caches live
 * inside one process, and a second one would not see them.
 */
function clusterArgs() {
  const size = process.env.TELAR_CLUSTER
  if (!size) return []
  if (!/^[1-9]\d{0,2}$/.test(size)) throw new Error(`TELAR_CLUSTER must be a whole number of processes, e.g. 2; not "${size}".`)
  if (!process.env.REDIS_URL) {
    throw new Error(
      "TELAR_CLUSTER needs REDIS_URL: without Redis, locks, events and caches are per process, so a piece could be sold twice. Set REDIS_URL or unset TELAR_CLUSTER."
    )
  }
  return ["--cluster", size]
}

async function ensureDependencies() {
  const lock = path.join(root, "package-lock.json")
  const installed = path.join(root, "node_modules", ".package-lock.json")
  const marker = path.join(dataDir, "install.hash")
  const wanted = fingerprint([lock])
  if (existsSync(installed) && existsSync(marker) && readFileSync(marker, "utf8") === wanted) return
  if (existsSync(installed) && !existsSync(marker)) {
    // Installed by hand (e.g. `npm ci` in CI): trust it.
    writeFileSync(marker, wanted)
    return
  }
  say("Installing dependencies (first run only)…")
  await runOrFail("npm", ["install", "--no-audit", "--no-fund"], { cwd: root })
  // npm may rewrite the lock file: remember what it looks like now.
  writeFileSync(marker, fingerprint([lock]))
}

async function ensureDatabase() {
  if (process.env.DATABASE_URL) {
    say(`Using the PostgreSQL at DATABASE_URL.`)
    await assertUtf8Database(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => {} }
  }
  const { startEmbeddedPostgres } = await import("./lib/postgres.mjs")
  const db = await startEmbeddedPostgres({
    dataDir: path.join(stateDir, "postgres"),
    preferredPort: Number(process.env.TELAR_POSTGRES_PORT || 54329),
  })
  await db.ensureDatabase("telar")
  say(`Embedded PostgreSQL running on port ${db.port} (data in ${path.relative(root, stateDir)}/postgres).`)
  return { url: db.urlFor("telar"), stop: db.stop }
}

// JWT and cookie secrets, the revalidation secret and the first admin's password: random per install.
const secrets = loadInstallSecrets(stateDir)

const STOREFRONT_PORT = process.env.STOREFRONT_PORT || "8000"
const STOREFRONT_URL = process.env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`
const EMULATOR_PORT = process.env.STRIPE_EMULATOR_PORT || "12111"
const emulateStripe = !process.env.STRIPE_API_KEY

/** Mail goes to SMTP_URL when set; otherwise to a local catcher whose inbox is printed below. */
async function ensureMail() {
  if (process.env.SMTP_URL) {
    return { smtpUrl: process.env.SMTP_URL, inboxUrl: null, stop: async () => {} }
  }
  const { startMailCatcher } = await import("./lib/mail-catcher.mjs")
  const catcher = await startMailCatcher({
    smtpPort: Number(process.env.TELAR_MAIL_SMTP_PORT || 1025),
    httpPort: Number(process.env.TELAR_MAIL_INBOX_PORT || 1080),
  })
  // The ports may have moved past busy ones: tests read them here (the inbox has a JSON API).
  writeFileSync(path.join(stateDir, "mail.json"), JSON.stringify({ smtpUrl: catcher.smtpUrl, inboxUrl: catcher.inboxUrl }))
  return catcher
}

/** Where mail goes, for people: the inbox, or SMTP_URL's host (never its credentials). */
function describeMail(mail) {
  if (mail.inboxUrl) return `inbox at ${mail.inboxUrl}  (local catcher, SMTP ${mail.smtpUrl.replace(/^smtp:\/\//, "")})`
  try {
    return `SMTP_URL (${new URL(mail.smtpUrl).host})`
  } catch {
    return "SMTP_URL"
  }
}

function backendEnv(databaseUrl, smtpUrl) {
  const port = process.env.PORT || "9000"
  return {
    STOREFRONT_URL,
    REVALIDATE_SECRET: secrets.values.REVALIDATE_SECRET,
    ...(emulateStripe
      ? { STRIPE_API_BASE: process.env.STRIPE_API_BASE || `http://127.0.0.1:${EMULATOR_PORT}`, TELAR_STRIPE_EMULATOR: "1" }
      : {}),
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    PORT: port,
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${port}`,
    JWT_SECRET: secrets.values.JWT_SECRET,
    COOKIE_SECRET: secrets.values.COOKIE_SECRET,
    TELAR_ADMIN_EMAIL: process.env.TELAR_ADMIN_EMAIL || "admin@telar.local",
    TELAR_ADMIN_PASSWORD: secrets.values.TELAR_ADMIN_PASSWORD,
    MEDUSA_DISABLE_TELEMETRY: "true",
    DO_NOT_TRACK: "1",
  }
}

async function ensureBuild() {
  // Shared packages (money math, shared types, Stripe emulator): compiled only when their sources change.
  for (const name of ["fair-trade", "types", "stripe-emulator"]) {
    const dir = path.join(root, "packages", name)
    const marker = path.join(dataDir, `package-${name}.hash`)
    const wanted = fingerprint([path.join(dir, "src"), path.join(dir, "tsconfig.json")])
    if (existsSync(path.join(dir, "dist", "index.js")) && existsSync(marker) && readFileSync(marker, "utf8") === wanted) continue
    await runOrFail("npx", ["tsc", "-p", "tsconfig.json"], { cwd: dir, quiet: true })
    writeFileSync(marker, wanted)
  }
  if (dev) return
  const marker = path.join(dataDir, "backend-build.hash")
  const wanted = fingerprint([path.join(backend, "src"), path.join(backend, "medusa-config.ts"), path.join(root, "package-lock.json")])
  const output = path.join(backend, ".medusa", "server")
  if (existsSync(path.join(output, "medusa-config.js")) && existsSync(marker) && readFileSync(marker, "utf8") === wanted) {
    return
  }
  say("Building the backend (only when its sources change)…")
  await runOrFail("npx", ["medusa", "build"], { cwd: backend, quiet: true })
  // Served files (the demo catalog's images) live in backend/static.
  const staticLink = path.join(output, "static")
  rmSync(staticLink, { recursive: true, force: true })
  symlinkSync(path.join(backend, "static"), staticLink, "dir")
  writeFileSync(marker, wanted)
}

async function ensureStorefrontBuild() {
  const storefront = path.join(root, "storefront")
  // The coordinators' portal's script (public/portal.js): a second or less, so built every time.
  await runOrFail("node", ["scripts/build-portal.mjs"], { cwd: storefront, quiet: true })
  if (dev) return
  const marker = path.join(dataDir, "storefront-build.hash")
  const wanted = fingerprint([
    path.join(storefront, "src"),
    path.join(storefront, "messages"),
    path.join(storefront, "public"),
    path.join(storefront, "next.config.ts"),
    path.join(root, "package-lock.json"),
  ])
  if (existsSync(path.join(storefront, ".next", "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === wanted) return
  say("Building the storefront (only when its sources change)…")
  await runOrFail("npx", ["next", "build"], { cwd: storefront, quiet: true, env: { NEXT_DIST_DIR: ".next", NEXT_TELEMETRY_DISABLED: "1" } })
  writeFileSync(marker, wanted)
}

/** Starts a long-running child in its own process group, so stopping it stops its children too. */
function startService(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "inherit", "inherit"], detached: true })
  child.serviceName = name
  services.push(child)
  child.on("close", (code) => {
    if (!stopping && code !== null && code !== 0) {
      console.error(`${name} exited with code ${code}.`)
      stopAll(code)
    }
  })
  return child
}

async function migrate(env, databaseUrl) {
  // Keyed by database (ignoring the port, which the embedded server may change between runs).
  const key = createHash("sha1")
    .update(databaseUrl.replace(/:\d+\//, "/"))
    .digest("hex")
    .slice(0, 12)
  const marker = path.join(stateDir, `migrated-${key}`)
  const wanted = fingerprint([
    path.join(backend, "src", "modules"),
    path.join(backend, "src", "links"),
    path.join(backend, "src", "search"),
    // One-time data migrations (e.g. Spanish shipping names for cooperatives made before them).
    path.join(backend, "src", "migration-scripts"),
    path.join(root, "package-lock.json"),
  ])
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) return
  say("Migrating the database…")
  await runOrFail("npx", ["medusa", "db:migrate"], { cwd: backend, env, quiet: true })
  writeFileSync(marker, wanted)
}

async function dbQuery(databaseUrl, sql) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

/** Accent-insensitive search and every Spanish name need a UTF8 database; refuse anything else. */
async function assertUtf8Database(databaseUrl) {
  const [row] = await dbQuery(
    databaseUrl,
    "SELECT pg_encoding_to_char(encoding) AS encoding, datcollate FROM pg_database WHERE datname = current_database()"
  )
  if (row.encoding !== "UTF8") {
    const name = new URL(databaseUrl).pathname.slice(1)
    throw new Error(
      `the database "${name}" at DATABASE_URL uses the ${row.encoding} encoding; Telar needs UTF8 ` +
        `(accent-insensitive search and Spanish text break otherwise). Create it with ` +
        `CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0; or unset DATABASE_URL to use the embedded PostgreSQL.`
    )
  }
}

let adminCreated = false

async function seedIfEmpty(env, databaseUrl) {
  const [{ count }] = await dbQuery(databaseUrl, "SELECT count(*)::int AS count FROM cooperative WHERE deleted_at IS NULL")
  if (count === 0) {
    say("Seeding the demo catalog (empty database)…")
    await runOrFail("npx", ["medusa", "exec", "./src/scripts/seed.ts"], { cwd: backend, env, quiet: true })
  }
  const [{ users }] = await dbQuery(databaseUrl, 'SELECT count(*)::int AS users FROM "user" WHERE deleted_at IS NULL')
  if (users === 0) {
    await runOrFail("npx", ["medusa", "exec", "./src/scripts/ensure-admin.ts"], { cwd: backend, env, quiet: true })
    adminCreated = true
  }
  const keys = await dbQuery(
    databaseUrl,
    "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Telar Storefront' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1"
  )
  return keys[0]?.token
}

async function waitForHealth(url, child) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`${child.serviceName} exited during startup`)
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (response.ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within 120 s`)
}

const services = []
let stopping = false
let stopDatabase = async () => {}
let stopMail = async () => {}

async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  say("Stopping…")
  await Promise.all(
    services.reverse().map(async (child) => {
      if (child.exitCode !== null) return
      const closed = new Promise((resolve) => child.once("close", resolve))
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {}
      await Promise.race([closed, new Promise((r) => setTimeout(r, 8000))])
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    })
  )
  await stopMail().catch(() => {})
  await stopDatabase().catch(() => {})
  process.exit(code)
}

async function main() {
  clusterArgs()
  await ensureDependencies()
  const db = await ensureDatabase()
  stopDatabase = db.stop
  process.on("SIGINT", () => stopAll(0))
  process.on("SIGTERM", () => stopAll(0))

  try {
    const mail = await ensureMail()
    stopMail = mail.stop
    const env = backendEnv(db.url, mail.smtpUrl)
    await ensureBuild()
    await migrate(env, db.url)
    const publishableKey = await seedIfEmpty(env, db.url)

    if (emulateStripe) {
      startService("Stripe emulator", process.execPath, [path.join(root, "packages", "stripe-emulator", "dist", "cli.js")], {
        cwd: root,
        env: {
          ...process.env,
          STRIPE_EMULATOR_PORT: EMULATOR_PORT,
          STRIPE_EMULATOR_QUIET: "1",
          STRIPE_EMULATOR_STATE: path.join(stateDir, "stripe-emulator.json"),
          STRIPE_WEBHOOK_URL: `${env.MEDUSA_BACKEND_URL}/hooks/payment/stripe_stripe`,
          STRIPE_WEBHOOK_SECRET: "whsec_telar_emulator_secret",
        },
      })
    }

    const cwd = dev ? backend : path.join(backend, ".medusa", "server")
    const server = startService("Medusa", "npx", dev ? ["medusa", "develop"] : ["medusa", "start", ...clusterArgs()], {
      cwd,
      env: { ...process.env, ...env, NODE_ENV: dev ? "development" : "production" },
    })
    if (process.env.TELAR_SKIP_STOREFRONT !== "1") await ensureStorefrontBuild()
    await waitForHealth(`${env.MEDUSA_BACKEND_URL}/health`, server)

    const storefrontEnv = {
      ...process.env,
      PORT: STOREFRONT_PORT,
      MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL,
      MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
      REVALIDATE_SECRET: env.REVALIDATE_SECRET,
      STOREFRONT_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(emulateStripe
        ? {
            STRIPE_PUBLISHABLE_KEY: "pk_test_telar_emulator",
            STRIPE_EMULATOR_PUBLIC_URL: process.env.STRIPE_EMULATOR_PUBLIC_URL || `http://localhost:${EMULATOR_PORT}`,
          }
        : {}),
    }
    const skipStorefront = process.env.TELAR_SKIP_STOREFRONT === "1"
    const storefront = skipStorefront
      ? null
      : startService("Storefront", "npx", dev ? ["next", "dev", "-p", STOREFRONT_PORT] : ["next", "start", "-p", STOREFRONT_PORT], {
          cwd: path.join(root, "storefront"),
          env: storefrontEnv,
        })
    if (storefront) await waitForHealth(`${STOREFRONT_URL}/en`, storefront)

    const email = env.TELAR_ADMIN_EMAIL
    // The generated password is shown once, when the admin is created; it stays in secrets.json.
    const password =
      adminCreated && !process.env.TELAR_ADMIN_PASSWORD
        ? `${env.TELAR_ADMIN_PASSWORD}  (shown once; also in ${path.relative(root, secrets.file)})`
        : `(password in ${process.env.TELAR_ADMIN_PASSWORD ? "TELAR_ADMIN_PASSWORD" : path.relative(root, secrets.file)})`
    console.log(`
\x1b[32mTelar is running\x1b[0m (ready in ${elapsed()})
  Storefront       ${STOREFRONT_URL}/en  (Spanish: ${STOREFRONT_URL}/es)
  Store API        ${env.MEDUSA_BACKEND_URL}/store
  Admin dashboard  ${env.MEDUSA_BACKEND_URL}/app
  Admin login      ${email} / ${password}
  Publishable key  ${publishableKey ?? "(none found)"}
  Mail             ${describeMail(mail)}
  Payments         ${emulateStripe ? `Stripe emulator at http://localhost:${EMULATOR_PORT} (test card 4242 4242 4242 4242)` : "Stripe (STRIPE_API_KEY)"}
  Database         ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL in .data/postgres"}
Press Ctrl-C to stop.`)
    if (process.env.TELAR_EXIT_WHEN_READY === "1") await stopAll(0)
  } catch (error) {
    console.error(`\n\x1b[31mnpm start failed:\x1b[0m ${error.message}`)
    await stopAll(1)
  }
}

main().catch(async (error) => {
  console.error(`\n\x1b[31mnpm start failed:\x1b[0m ${error.message}`)
  await stopAll(1)
})
