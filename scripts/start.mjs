#!/usr/bin/env node
// `npm start`: one command from a fresh clone to a running Telar (see README).
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { fingerprint } from "./lib/fingerprint.mjs"
import { run, runOrFail } from "./lib/run.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backend = path.join(root, "backend")
const dataDir = path.join(root, ".data")
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
  writeFileSync(marker, wanted)
}

async function ensureDatabase() {
  if (process.env.DATABASE_URL) {
    say(`Using the PostgreSQL at DATABASE_URL.`)
    return { url: process.env.DATABASE_URL, stop: async () => {} }
  }
  const { startEmbeddedPostgres } = await import("./lib/postgres.mjs")
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), preferredPort: 54329 })
  await db.ensureDatabase("telar")
  say(`Embedded PostgreSQL running on port ${db.port} (data in .data/postgres).`)
  return { url: db.urlFor("telar"), stop: db.stop }
}

function backendEnv(databaseUrl) {
  const port = process.env.PORT || "9000"
  return {
    DATABASE_URL: databaseUrl,
    PORT: port,
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${port}`,
    JWT_SECRET: process.env.JWT_SECRET || "telar-dev-jwt-secret",
    COOKIE_SECRET: process.env.COOKIE_SECRET || "telar-dev-cookie-secret",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DO_NOT_TRACK: "1",
  }
}

async function ensureBuild() {
  if (dev) return
  await runOrFail("npx", ["turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], { cwd: root })
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

async function migrate(env, databaseUrl) {
  // Keyed by database (ignoring the port, which the embedded server may change between runs).
  const key = createHash("sha1").update(databaseUrl.replace(/:\d+\//, "/")).digest("hex").slice(0, 12)
  const marker = path.join(dataDir, `migrated-${key}`)
  const wanted = fingerprint([path.join(backend, "src", "modules"), path.join(backend, "src", "links"), path.join(root, "package-lock.json")])
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

async function seedIfEmpty(env, databaseUrl) {
  const [{ count }] = await dbQuery(databaseUrl, "SELECT count(*)::int AS count FROM cooperative WHERE deleted_at IS NULL")
  if (count === 0) {
    say("Seeding the demo catalog (empty database)…")
    await runOrFail("npx", ["medusa", "exec", "./src/scripts/seed.ts"], { cwd: backend, env, quiet: true })
  }
  const [{ users }] = await dbQuery(databaseUrl, 'SELECT count(*)::int AS users FROM "user" WHERE deleted_at IS NULL')
  if (users === 0) {
    await runOrFail("npx", ["medusa", "exec", "./src/scripts/ensure-admin.ts"], { cwd: backend, env, quiet: true })
  }
  const keys = await dbQuery(
    databaseUrl,
    "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Telar Storefront' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1"
  )
  return keys[0]?.token
}

async function waitForHealth(url, child) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error("the Medusa server exited during startup")
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url}/health did not answer within 120 s`)
}

async function main() {
  await ensureDependencies()
  const db = await ensureDatabase()
  let server
  const shutdown = async (code = 0) => {
    say("Stopping…")
    if (server && server.exitCode === null) {
      // npx starts medusa as a child: signal the whole process group.
      const closed = new Promise((resolve) => server.once("close", resolve))
      try {
        process.kill(-server.pid, "SIGTERM")
      } catch {}
      await Promise.race([closed, new Promise((r) => setTimeout(r, 8000))])
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
    }
    await db.stop().catch(() => {})
    process.exit(code)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  try {
    const env = backendEnv(db.url)
    await ensureBuild()
    await migrate(env, db.url)
    const publishableKey = await seedIfEmpty(env, db.url)

    const cwd = dev ? backend : path.join(backend, ".medusa", "server")
    const args = dev ? ["medusa", "develop"] : ["medusa", "start"]
    server = spawn("npx", args, {
      cwd,
      env: { ...process.env, ...env, NODE_ENV: dev ? "development" : "production" },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    })
    server.on("close", (code) => {
      if (code !== null && code !== 0) {
        console.error(`The Medusa server exited with code ${code}.`)
        shutdown(code)
      }
    })
    await waitForHealth(env.MEDUSA_BACKEND_URL, server)

    const email = process.env.TELAR_ADMIN_EMAIL || "admin@telar.local"
    const password = process.env.TELAR_ADMIN_PASSWORD || "telar-admin"
    console.log(`
\x1b[32mTelar is running\x1b[0m (ready in ${elapsed()})
  Store API        ${env.MEDUSA_BACKEND_URL}/store
  Admin dashboard  ${env.MEDUSA_BACKEND_URL}/app
  Admin login      ${email} / ${password}
  Publishable key  ${publishableKey ?? "(none found)"}
  Database         ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL in .data/postgres"}
  Try:  curl -H "x-publishable-api-key: ${publishableKey}" ${env.MEDUSA_BACKEND_URL}/store/cooperatives
Press Ctrl-C to stop.`)
    if (process.env.TELAR_EXIT_WHEN_READY === "1") await shutdown(0)
  } catch (error) {
    console.error(`\n\x1b[31mnpm start failed:\x1b[0m ${error.message}`)
    await shutdown(1)
  }
}

main()
