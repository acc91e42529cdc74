// The stock Medusa app of bench/stock-medusa.mjs: its database, its migrations, its admin user, and the
// `medusa start` child process, run from this folder (no build: the admin is disabled).
import { spawn } from "node:child_process"
import { openSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { sleep } from "../big-catalog/http.mjs"

const APP_DIR = fileURLToPath(new URL(".", import.meta.url))
export const LOG_FILE = fileURLToPath(new URL("server.log", import.meta.url))
const MEDUSA_CLI = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js")

/** Empties the log file: each run keeps only its own stock Medusa output. */
export const clearLog = () => writeFileSync(LOG_FILE, "")

/** Drops and recreates the database of `databaseUrl`; refuses names without "bench" in them. */
export async function resetDatabase(databaseUrl) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes("bench"))
    throw new Error(`STOCK_DATABASE_URL names the database "${name}": this script drops it, so it only takes a name with "bench" in it.`)
  url.pathname = "/postgres"
  const client = new pg.Client({ connectionString: url.toString() })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${url.host} (STOCK_DATABASE_URL): ${error.message}`)
  }
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
}

/** Runs one `medusa` command in the stock app to its end; its output goes to the log file. */
export function runMedusa(args, env) {
  const log = openSync(LOG_FILE, "a")
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: APP_DIR, env, stdio: ["ignore", log, log] })
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args[0]} ended with ${signal ?? `code ${code}`}; see ${LOG_FILE}`))
    )
  })
}

/** Starts `medusa start` (own process group, so stopping it takes its children too) and waits for /health. */
export async function startMedusa(env, { port, timeoutMs = 120_000 }) {
  const taken = await fetch(`http://localhost:${port}/health`).then(
    () => true,
    () => false
  )
  if (taken) throw new Error(`Something already answers on port ${port}: stop it or set STOCK_PORT.`)
  const log = openSync(LOG_FILE, "a")
  const child = spawn(process.execPath, [MEDUSA_CLI, "start"], {
    cwd: APP_DIR,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", log, log],
    detached: true,
  })
  let exited = null
  child.on("exit", (code, signal) => {
    exited = signal ?? `code ${code}`
  })
  const server = { url: `http://localhost:${port}`, child, stop: () => stopMedusa(child) }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Stock Medusa exited (${exited}) before it answered /health; see ${LOG_FILE}`)
    try {
      if ((await fetch(`${server.url}/health`)).ok) return server
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  await server.stop()
  throw new Error(`Stock Medusa did not answer ${server.url}/health within ${timeoutMs / 1000} s; see ${LOG_FILE}`)
}

/** SIGTERM to the process group, SIGKILL after 10 s if it is still there. */
export async function stopMedusa(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const ended = new Promise((resolve) => child.once("exit", resolve))
  signalGroup(child, "SIGTERM")
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000)
  await ended
  clearTimeout(timer)
}

/** For the `exit` handler, where nothing asynchronous runs any more. */
export function killMedusaNow(child) {
  if (child.exitCode === null && child.signalCode === null) signalGroup(child, "SIGKILL")
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}
