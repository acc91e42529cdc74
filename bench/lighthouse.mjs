#!/usr/bin/env node
// Lighthouse (mobile) in Debian's Chromium on the pages issue 10 measures: home, catalog, a product
// and a cooperative, in English and Spanish. Each page is run N times; the table shows the median.
// Goal: performance ≥ 95 and TBT ≤ 200 ms on every page. A measurement, not a test: it exits 0 when
// a goal is missed unless --check is given. The product and cooperative are found on the running
// shop (store API when BACKEND_URL and PUBLISHABLE_KEY are set, else the storefront's own links).
// Usage: STOREFRONT_URL=http://localhost:8000 [BACKEND_URL=… PUBLISHABLE_KEY=pk_…] node bench/lighthouse.mjs
//          [--runs 3] [--product <handle>] [--cooperative <handle>] [--check]
import { launch } from "chrome-launcher"
import lighthouse from "lighthouse"

const GOAL = { performance: 95, tbt: 200 }
const USAGE = "Usage: node bench/lighthouse.mjs [--runs N] [--product <handle>] [--cooperative <handle>] [--check]"
const storefront = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
const backend = process.env.BACKEND_URL?.replace(/\/+$/, "")
const publishableKey = process.env.PUBLISHABLE_KEY

/** Stops with a message for the person running the bench, not a stack trace. */
function fail(message) {
  console.error(message)
  process.exit(1)
}

function parseArguments(argv) {
  const options = { runs: 3, product: undefined, cooperative: undefined, check: false }
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index]
    if (name === "--check") {
      options.check = true
      continue
    }
    if (!["--runs", "--product", "--cooperative"].includes(name)) fail(`Unknown argument ${name}.\n${USAGE}`)
    const value = argv[++index]
    if (value === undefined || value.startsWith("--")) fail(`${name} needs a value.\n${USAGE}`)
    if (name === "--runs") {
      options.runs = Number(value)
      if (!Number.isInteger(options.runs) || options.runs < 1) fail(`--runs must be a whole number ≥ 1, not ${value}.`)
    } else {
      options[name.slice(2)] = value
    }
  }
  return options
}

async function get(url, init = {}) {
  try {
    return await fetch(url, init)
  } catch (error) {
    fail(`${url} did not answer (${error.cause?.code ?? error.cause?.message ?? error.message}): is the shop running?`)
  }
}

/** The first product and cooperative the store API lists for the publishable key's sales channel. */
async function handlesFromStoreApi() {
  const headers = { "x-publishable-api-key": publishableKey }
  const read = async (path) => {
    const response = await get(`${backend}${path}`, { headers })
    if (!response.ok) fail(`${backend}${path} answered ${response.status}: check BACKEND_URL and PUBLISHABLE_KEY.`)
    return response.json()
  }
  const { products } = await read("/store/products?limit=1&fields=handle")
  const { cooperatives } = await read("/store/cooperatives")
  return { product: products[0]?.handle, cooperative: cooperatives[0]?.handle }
}

/** The handle in the first link under /en/<section>/ on a storefront page. */
async function handleFromPage(path, section) {
  const response = await get(`${storefront}${path}`)
  if (!response.ok) fail(`${storefront}${path} answered ${response.status}: is the storefront (and its backend) running?`)
  return new RegExp(`href="/en/${section}/([^"/?#]+)"`).exec(await response.text())?.[1]
}

async function pickHandles(options) {
  const found =
    options.product && options.cooperative
      ? {}
      : backend && publishableKey
        ? await handlesFromStoreApi()
        : {
            product: options.product ? undefined : await handleFromPage("/en/store", "products"),
            cooperative: options.cooperative ? undefined : await handleFromPage("/en/cooperatives", "cooperatives"),
          }
  const product = options.product ?? found.product
  const cooperative = options.cooperative ?? found.cooperative
  if (!product) fail("The shop lists no product: is the catalog seeded? (or pass --product <handle>)")
  if (!cooperative) fail("The shop lists no cooperative: is the catalog seeded? (or pass --cooperative <handle>)")
  return { product, cooperative }
}

/** The eight pages; Spanish uses the same paths under /es (the shop's routes are not translated). */
function pageList({ product, cooperative }) {
  const paths = [
    ["home", ""],
    ["catalog", "/store"],
    ["product", `/products/${encodeURIComponent(product)}`],
    ["cooperative", `/cooperatives/${encodeURIComponent(cooperative)}`],
  ]
  return paths.flatMap(([name, path]) => ["en", "es"].map((locale) => ({ name: `${name} ${locale}`, path: `/${locale}${path}` })))
}

/** One request to each page before Chromium starts: a missing handle stops the bench here. */
async function checkPages(pages, options) {
  for (const page of pages) {
    const response = await get(`${storefront}${page.path}`)
    await response.arrayBuffer()
    if (response.status === 404) {
      const given = (page.name.startsWith("product") && options.product) || (page.name.startsWith("cooperative") && options.cooperative)
      fail(
        `${storefront}${page.path} answered 404 Not Found: ${given ? `no ${page.name.split(" ")[0]} "${given}" on this shop` : "the page is missing"}.`
      )
    }
    if (!response.ok) fail(`${storefront}${page.path} answered ${response.status}.`)
  }
}

/** One fresh Lighthouse run (new tab, storage reset) in the shared Chromium; null when it failed. */
async function measure(url, port) {
  try {
    const result = await lighthouse(
      url,
      { port, output: "json", logLevel: "error" },
      {
        extends: "lighthouse:default",
        settings: { formFactor: "mobile", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] },
      }
    )
    const lhr = result?.lhr
    if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? "no result")
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcp: lhr.audits["largest-contentful-paint"].numericValue,
      tbt: lhr.audits["total-blocking-time"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
    }
  } catch (error) {
    console.error(`  Lighthouse failed on ${url}: ${error.message}`)
    return null
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Medians of one page's runs; the category scores come from the run with the median performance. */
function summarize(runs) {
  const byPerformance = [...runs].sort((a, b) => a.performance - b.performance)
  // With an even number of runs, the lower of the two middle runs: the less flattering one.
  const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)]
  return {
    performance: median(runs.map((run) => run.performance)),
    minPerformance: byPerformance[0].performance,
    maxPerformance: byPerformance.at(-1).performance,
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
    accessibility: medianRun.accessibility,
    bestPractices: medianRun.bestPractices,
    seo: medianRun.seo,
  }
}

function misses(summary) {
  if (!summary) return ["not measured"]
  const reasons = []
  if (summary.performance < GOAL.performance) reasons.push(`performance ${summary.performance} < ${GOAL.performance}`)
  if (summary.tbt > GOAL.tbt) reasons.push(`TBT ${Math.round(summary.tbt)} ms > ${GOAL.tbt} ms`)
  return reasons
}

function printReport(results, runs) {
  console.log(`\nLighthouse mobile, ${storefront}, median of ${runs} run${runs === 1 ? "" : "s"} per page\n`)
  console.log("| page | path | performance | min–max | accessibility | best practices | SEO | LCP ms | TBT ms | CLS |")
  console.log("|---|---|---|---|---|---|---|---|---|---|")
  for (const { page, summary, measured } of results) {
    const cells = summary
      ? [
          summary.performance,
          `${summary.minPerformance}–${summary.maxPerformance}`,
          summary.accessibility,
          summary.bestPractices,
          summary.seo,
          Math.round(summary.lcp),
          Math.round(summary.tbt),
          summary.cls.toFixed(3),
        ]
      : Array(8).fill("–")
    if (summary && measured < runs) cells[1] += ` (${measured}/${runs} runs)`
    console.log(`| ${page.name} | ${page.path} | ${cells.join(" | ")} |`)
  }
  const missed = results.filter(({ summary }) => misses(summary).length)
  console.log(missed.length ? "" : `\nEvery page meets the goal (performance ≥ ${GOAL.performance}, TBT ≤ ${GOAL.tbt} ms).`)
  for (const { page, summary } of missed) console.log(`Goal missed: ${page.name} (${page.path}): ${misses(summary).join(", ")}`)
  return missed.length
}

const options = parseArguments(process.argv.slice(2))
const pages = pageList(await pickHandles(options))
await checkPages(pages, options)

const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
})
const stop = () => chrome.kill().finally(() => process.exit(130))
process.once("SIGINT", stop)
process.once("SIGTERM", stop)

const results = []
try {
  for (const page of pages) {
    const url = `${storefront}${page.path}`
    console.error(`${page.name}: ${url}`)
    // Warm the server-side cache, as a returning visitor's request would find it.
    await (await get(url)).arrayBuffer()
    const runs = []
    for (let run = 0; run < options.runs; run++) {
      const measurement = await measure(url, chrome.port)
      if (measurement) runs.push(measurement)
    }
    results.push({ page, measured: runs.length, summary: runs.length ? summarize(runs) : null })
  }
} finally {
  process.off("SIGINT", stop)
  process.off("SIGTERM", stop)
  await chrome.kill()
}

const missed = printReport(results, options.runs)
const unmeasured = results.some(({ summary }) => !summary)
if (unmeasured) console.error("\nSome pages could not be measured at all (see the Lighthouse errors above).")
process.exit(unmeasured || (options.check && missed) ? 1 : 0)
