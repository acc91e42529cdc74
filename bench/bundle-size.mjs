#!/usr/bin/env node
// First-load JS per route (gzipped) of the storefront's production build, from Next's manifests,
// checked against the budgets of issue 10. Exits 1, naming each page over its budget.
// Usage: node bench/bundle-size.mjs [storefront/.next]   (after `npm start`, or `npm run build` in storefront/)
//        BUDGET=off node bench/bundle-size.mjs            (the table only)
import { existsSync, readFileSync, readdirSync } from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"

/** KB gzipped, by page: the shopper's way in (issue 10) and the checkout. */
const BUDGETS = [
  { name: "home", route: /^\[locale\]\/\(shop\)\/\[region\]\/page$/, kb: 110 },
  { name: "catalog", route: /^\[locale\]\/\(shop\)\/\[region\]\/store(\/\[view\])?\/page$/, kb: 110 },
  { name: "product", route: /^\[locale\]\/\(shop\)\/\[region\]\/products\//, kb: 110 },
  { name: "cooperative", route: /^\[locale\]\/\(shop\)\/\[region\]\/cooperatives(\/\[handle\])?\/page$/, kb: 110 },
  { name: "checkout", route: /\/checkout\/page$/, kb: 140 },
]

const next = path.resolve(process.argv[2] || "storefront/.next")
if (!existsSync(path.join(next, "build-manifest.json"))) {
  console.error(`No production build in ${next}: run \`npm run build\` in storefront/ (or \`npm start\`) first.`)
  process.exit(2)
}
const manifestPath = path.join(next, "app-build-manifest.json")
const buildManifest = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8"))
// Polyfills are nomodule scripts: modern browsers never load them.
const shared = new Set(buildManifest.rootMainFiles ?? [])
const gz = (file) => gzipSync(readFileSync(path.join(next, file))).length

let routes = {}
if (existsSync(manifestPath)) {
  routes = JSON.parse(readFileSync(manifestPath, "utf8")).pages
} else {
  // Next 16 (Turbopack): each page's client reference manifest lists the chunks of every client
  // component its layouts and page render. Chunks loaded later (import()) are not in it.
  const serverApp = path.join(next, "server", "app")
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
    )
  for (const file of walk(serverApp).filter((f) => f.endsWith("_client-reference-manifest.js"))) {
    const source = readFileSync(file, "utf8")
    const route = path.relative(serverApp, file).replace(/_client-reference-manifest\.js$/, "")
    const chunks = new Set([...source.matchAll(/"(static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]))
    routes[route] = [...chunks]
  }
}
const rows = Object.entries(routes)
  .filter(([route]) => /page$/.test(route))
  .map(([route, files]) => {
    const all = new Set(
      [...shared, ...files.map((f) => f.replace(/^\/?_next\//, ""))].filter((f) => f.endsWith(".js") && existsSync(path.join(next, f)))
    )
    const kb = [...all].reduce((sum, file) => sum + gz(file), 0) / 1024
    const budget = BUDGETS.find((entry) => entry.route.test(route))
    return { route, kb, budget }
  })
  .sort((a, b) => a.route.localeCompare(b.route))

const framework = [...shared].filter((f) => existsSync(path.join(next, f))).reduce((sum, file) => sum + gz(file), 0) / 1024
console.log("| route | first-load JS (gzipped) | budget |\n|---|---|---|")
for (const { route, kb, budget } of rows) {
  const verdict = budget ? `${budget.kb} KB ${kb <= budget.kb ? "ok" : "**OVER**"}` : ""
  console.log(`| ${route} | ${kb.toFixed(1)} KB | ${verdict} |`)
}
console.log(`\nShared by every page (Next's runtime and React, before any of Telar's code): ${framework.toFixed(1)} KB.`)

// The coordinators' portal (issue 8: 60 KB): its pages are route handlers that render HTML without
// Next's client runtime (storefront/src/modules/coordinator/server/pages.ts), so a page's only
// script is public/portal.js.
const PORTAL_KB = 60
const portalScript = path.join(next, "..", "public", "portal.js")
const portalRoutes = path.join(next, "server", "app", "[locale]", "(coordinator)")
const portalPages = existsSync(portalRoutes)
  ? readdirSync(portalRoutes, { recursive: true }).filter(
      (file) => String(file).endsWith(`${path.sep}route.js`) && !/statement|estado-de-cuenta/.test(String(file))
    )
  : []
// A portal page that Next renders as a page would load Next's runtime: that is a failure too.
const portalOnNext = rows.filter(({ route }) => /^\[locale\]\/\(coordinator\)\//.test(route))
const portalMissing = !portalPages.length || !existsSync(portalScript)
if (!portalMissing) {
  const kb = gzipSync(readFileSync(portalScript)).length / 1024
  console.log(
    `\nCoordinators' portal (${portalPages.length} page routes, no Next runtime): public/portal.js ${kb.toFixed(1)} KB gzipped, budget ${PORTAL_KB} KB ${kb <= PORTAL_KB ? "ok" : "**OVER**"}.`
  )
  if (kb > PORTAL_KB) rows.push({ route: "portal", kb, budget: { name: "portal", kb: PORTAL_KB } })
} else {
  console.error(
    "No portal page routes or no public/portal.js in this build (routes moved, or the portal's bundles not built: `node storefront/scripts/build-portal.mjs`)."
  )
}
if (portalOnNext.length)
  console.error(`Portal pages rendered by Next, with its runtime: ${portalOnNext.map(({ route }) => route).join(", ")}.`)

const over = rows.filter(({ kb, budget }) => budget && kb > budget.kb)
const missing = BUDGETS.filter((budget) => !rows.some((row) => budget.route.test(row.route)))
if (missing.length) console.warn(`No page matched the budget for: ${missing.map((budget) => budget.name).join(", ")} (routes moved?)`)
if (process.env.BUDGET !== "off" && (over.length || missing.length || portalMissing || portalOnNext.length)) {
  console.error("\nFIRST-LOAD JS BUDGET EXCEEDED")
  for (const { route, kb, budget } of over) {
    console.error(
      `  ${budget.name}: ${route} loads ${kb.toFixed(1)} KB gzipped, budget ${budget.kb} KB (+${(kb - budget.kb).toFixed(1)} KB)`
    )
  }
  process.exit(1)
}
