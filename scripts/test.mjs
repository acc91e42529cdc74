#!/usr/bin/env node
// `npm test`: every workspace's tests through turbo, on a real PostgreSQL (embedded unless
// DB_HOST or DATABASE_URL points at one). Ends with one line: "N passed, N failed".
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
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

/**
 * Every suite `npm test` must report, by result file: a suite that stops running (or writes
 * nothing) fails the run instead of leaving it green.
 */
const EXPECTED_SUITES = [
  "lint",
  "fair-trade",
  "types",
  "stripe-emulator",
  "storefront",
  "backend-unit",
  "backend-integration",
  "e2e",
  "e2e-processes",
]

/** One result file: jest --json, Playwright's JSON reporter, or the lint step's own. */
function readResult(name) {
  const file = path.join(resultsDir, `${name}.json`)
  if (!existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0, problem: "no results (the suite did not run)" }
  let report
  try {
    report = JSON.parse(readFileSync(file, "utf8"))
  } catch (error) {
    return { name, passed: 0, failed: 1, skipped: 0, problem: `unreadable results (${error.message})` }
  }
  let result
  if (typeof report.numPassedTests === "number") {
    result = {
      name,
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    }
  } else if (report.stats) {
    result = {
      name,
      passed: report.stats.expected + (report.stats.flaky ?? 0),
      failed: report.stats.unexpected,
      skipped: report.stats.skipped ?? 0,
    }
  } else {
    return { name, passed: 0, failed: 1, skipped: 0, problem: "results in an unknown format" }
  }
  if (result.passed + result.failed === 0) return { ...result, failed: 1, problem: "ran no tests" }
  return result
}

/** Biome (lint and format) over the whole repository: the first suite, one check. */
async function lint() {
  const { code } = await run("npx", ["biome", "ci", "--max-diagnostics=50", "--diagnostic-level=error", "."], { cwd: root })
  writeFileSync(
    path.join(resultsDir, "lint.json"),
    JSON.stringify({ stats: { expected: code === 0 ? 1 : 0, unexpected: code === 0 ? 0 : 1 } })
  )
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

  await lint()
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

  const suites = EXPECTED_SUITES.map(readResult)
  const unexpected = readdirSync(resultsDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.replace(/\.json$/, ""))
    .filter((name) => !EXPECTED_SUITES.includes(name))
  suites.push(...unexpected.map(readResult))
  const passed = suites.reduce((sum, suite) => sum + suite.passed, 0)
  let failed = suites.reduce((sum, suite) => sum + suite.failed, 0)
  const skipped = suites.reduce((sum, suite) => sum + suite.skipped, 0)
  console.log("\nTest results by suite:")
  for (const suite of suites) {
    const counts = `${suite.passed} passed, ${suite.failed} failed${suite.skipped ? `, ${suite.skipped} skipped` : ""}`
    console.log(`  ${suite.name.padEnd(28)} ${counts}${suite.problem ? `  <- ${suite.problem}` : ""}`)
  }
  if (code !== 0 && failed === 0) {
    console.log("  a test task failed without reporting a failed test (see its output above)")
    failed = 1
  }
  if (skipped) console.log(`  (${skipped} skipped: see the suites above)`)
  console.log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  console.log("0 passed, 1 failed")
  process.exit(1)
})
