#!/usr/bin/env node
// `npm test`: every workspace's tests through turbo, on a real PostgreSQL (embedded unless
// DB_HOST or DATABASE_URL points at one). Ends with one line: "N passed, N failed".
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "./lib/run.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const resultsDir = path.join(root, ".data", "test-results")
const started = Date.now()

function databaseEnv() {
  if (process.env.DB_HOST) return {}
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return {
      DB_HOST: url.hostname === "127.0.0.1" ? "localhost" : url.hostname,
      DB_PORT: url.port || "5432",
      DB_USERNAME: decodeURIComponent(url.username || "postgres"),
      DB_PASSWORD: decodeURIComponent(url.password || ""),
    }
  }
  return null
}

/** Sums the result files the suites wrote (jest --json, Playwright's JSON reporter). */
function collectResults() {
  const suites = []
  if (!existsSync(resultsDir)) return suites
  for (const file of readdirSync(resultsDir).filter((name) => name.endsWith(".json"))) {
    try {
      const report = JSON.parse(readFileSync(path.join(resultsDir, file), "utf8"))
      if (typeof report.numPassedTests === "number") {
        suites.push({ name: file, passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) })
      } else if (report.stats) {
        suites.push({ name: file, passed: report.stats.expected + (report.stats.flaky ?? 0), failed: report.stats.unexpected })
      }
    } catch (error) {
      suites.push({ name: file, passed: 0, failed: 1 })
    }
  }
  return suites
}

async function main() {
  rmSync(resultsDir, { recursive: true, force: true })
  mkdirSync(resultsDir, { recursive: true })

  let env = databaseEnv()
  let db
  if (!env) {
    const { startEmbeddedPostgres } = await import("./lib/postgres.mjs")
    db = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "test-postgres"), preferredPort: 55329, durable: false })
    env = { DB_HOST: "localhost", DB_PORT: String(db.port), DB_USERNAME: db.user, DB_PASSWORD: db.password }
    console.log(`[telar] tests use an embedded PostgreSQL on port ${db.port}`)
  }

  let code = 1
  try {
    ;({ code } = await run(
      "npx",
      ["turbo", "run", "test", "--concurrency=1", "--continue", "--output-logs=full", "--log-order=stream", "--ui=stream"],
      { cwd: root, env: { ...env, TELAR_RESULTS_DIR: resultsDir, FORCE_COLOR: "0", CI: process.env.CI ?? "true" } }
    ))
  } finally {
    await db?.stop().catch(() => {})
  }

  const suites = collectResults()
  let passed = suites.reduce((sum, suite) => sum + suite.passed, 0)
  let failed = suites.reduce((sum, suite) => sum + suite.failed, 0)
  console.log("\nTest results by suite:")
  for (const suite of suites) console.log(`  ${suite.name.replace(/\.json$/, "").padEnd(28)} ${suite.passed} passed, ${suite.failed} failed`)
  if (code !== 0 && failed === 0) {
    console.log("  a test task failed without reporting results (see its output above)")
    failed = 1
  }
  console.log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  console.log("0 passed, 1 failed")
  process.exit(1)
})
