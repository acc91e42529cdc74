#!/usr/bin/env node
// First-load JS per route (gzipped) of the storefront's production build, from Next's manifests.
// Usage: node bench/bundle-size.mjs  (after `npm start` or `next build` in storefront/)
import { existsSync, readFileSync, readdirSync } from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"

const next = path.resolve(process.argv[2] || "storefront/.next")
const manifestPath = path.join(next, "app-build-manifest.json")
const buildManifest = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8"))
const shared = new Set([...(buildManifest.rootMainFiles ?? []), ...(buildManifest.polyfillFiles ?? []).filter(() => false)])
const gz = (file) => gzipSync(readFileSync(path.join(next, file))).length

let routes = {}
if (existsSync(manifestPath)) {
  routes = JSON.parse(readFileSync(manifestPath, "utf8")).pages
} else {
  // Next 16: per-route client reference manifests list each entry's chunks.
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
    return [route, [...all].reduce((sum, file) => sum + gz(file), 0)]
  })
  .sort((a, b) => a[0].localeCompare(b[0]))
console.log("| route | first-load JS (gzipped) |\n|---|---|")
for (const [route, bytes] of rows) console.log(`| ${route} | ${(bytes / 1024).toFixed(1)} KB |`)
