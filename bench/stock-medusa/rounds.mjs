// Alternating autocannon rounds of bench/stock-medusa.mjs, and the tables it prints.
import autocannon from "autocannon"

const WARM_REQUESTS = 20

/** Sequential requests so caches and code paths are hot; fails on a non-2xx answer, else returns the body's size. */
async function warm(target) {
  let bytes = 0
  for (let count = 0; count < WARM_REQUESTS; count++) {
    const response = await fetch(target.url, { headers: target.headers })
    const body = await response.text()
    if (!response.ok) throw new Error(`Warming ${target.label}: ${response.status} ${body.slice(0, 500)}`)
    bytes = Buffer.byteLength(body)
  }
  return bytes
}

async function measure(target, { connections, duration }) {
  const bytes = await warm(target)
  const result = await autocannon({ url: target.url, headers: target.headers, connections, duration })
  return {
    label: target.label,
    side: target.side,
    bytes,
    rps: result.requests.average,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Runs every target once per round; odd rounds go in reverse order so neither side always runs first. */
export async function runRounds(targets, { rounds, connections, duration }, onRound) {
  const all = []
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? targets : [...targets].reverse()
    const rows = []
    for (const target of order) {
      process.stdout.write(`  round ${round}: ${target.label}…\n`)
      rows.push(await measure(target, { connections, duration }))
    }
    const sorted = targets.map((target) => rows.find((row) => row.label === target.label))
    all.push(sorted)
    onRound(round, sorted)
  }
  return all
}

const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–")

/** One round's table; the ratio column is each row's req/s over the stock row's in that round. */
export function roundTable(rows) {
  const stock = rows.find((row) => row.side === "stock")
  const lines = [
    "| endpoint | KB | req/s | p50 ms | p97.5 ms | p99 ms | errors | non-2xx | × stock |",
    "|---|---|---|---|---|---|---|---|---|",
  ]
  for (const row of rows) {
    const ratio = row.side === "stock" ? "1.00" : fixed(row.rps / stock.rps, 2)
    lines.push(
      `| ${row.label} | ${fixed(row.bytes / 1024, 1)} | ${fixed(row.rps)} | ${row.p50} | ${row.p975} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${ratio} |`
    )
  }
  return lines.join("\n")
}

/** Per Telar endpoint: the ratio to stock in each round, the worst p97.5, and the two goals. */
export function summaryTable(allRounds) {
  const labels = allRounds[0].filter((row) => row.side === "telar").map((row) => row.label)
  const lines = [
    "| Telar endpoint | × stock per round | lowest × | worst p97.5 ms | errors + non-2xx | ≥ 2× | p97.5 ≤ 100 ms |",
    "|---|---|---|---|---|---|---|",
  ]
  for (const label of labels) {
    const ratios = allRounds.map((rows) => rows.find((row) => row.label === label).rps / rows.find((row) => row.side === "stock").rps)
    const telarRows = allRounds.map((rows) => rows.find((row) => row.label === label))
    const worstP975 = Math.max(...telarRows.map((row) => row.p975))
    const failures = telarRows.reduce((sum, row) => sum + row.errors + row.non2xx, 0)
    const lowest = Math.min(...ratios)
    lines.push(
      `| ${label} | ${ratios.map((ratio) => fixed(ratio, 2)).join(", ")} | ${fixed(lowest, 2)} | ${worstP975} | ${failures} | ${lowest >= 2 ? "yes" : "no"} | ${worstP975 <= 100 ? "yes" : "no"} |`
    )
  }
  const stockRows = allRounds.map((rows) => rows.find((row) => row.side === "stock"))
  lines.push(
    "",
    `Stock Medusa req/s per round: ${stockRows.map((row) => fixed(row.rps)).join(", ")}; p97.5 ms: ${stockRows.map((row) => row.p975).join(", ")}; errors + non-2xx: ${stockRows.reduce((sum, row) => sum + row.errors + row.non2xx, 0)}.`
  )
  return lines.join("\n")
}
