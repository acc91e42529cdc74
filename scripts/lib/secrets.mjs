// Per-install secrets for `npm start`: generated once, kept in <state dir>/secrets.json (mode 0600).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { randomBytes } from "node:crypto"
import path from "node:path"

const GENERATED = {
  JWT_SECRET: () => randomBytes(32).toString("hex"),
  COOKIE_SECRET: () => randomBytes(32).toString("hex"),
  REVALIDATE_SECRET: () => randomBytes(32).toString("hex"),
  // Readable enough to type once: 20 characters from 31 unambiguous letters and digits (~99 bits).
  TELAR_ADMIN_PASSWORD: () =>
    Array.from(randomBytes(20), (byte) => "abcdefghjkmnpqrstuvwxyz23456789"[byte % 31])
      .join("")
      .replace(/(.{5})(?!$)/g, "$1-"),
}

/**
 * Values from the environment win; the rest come from (or are added to) secrets.json.
 * Returns { values, file, generated: names created just now }.
 */
export function loadInstallSecrets(stateDir, env = process.env) {
  mkdirSync(stateDir, { recursive: true })
  const file = path.join(stateDir, "secrets.json")
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  // Earlier installs kept the revalidation secret on its own.
  const legacy = path.join(stateDir, "revalidate-secret")
  if (!stored.REVALIDATE_SECRET && existsSync(legacy)) stored.REVALIDATE_SECRET = readFileSync(legacy, "utf8").trim()
  const generated = []
  for (const [name, make] of Object.entries(GENERATED)) {
    if (stored[name]) continue
    stored[name] = make()
    generated.push(name)
  }
  writeFileSync(file, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 })
  chmodSync(file, 0o600)
  const values = {}
  for (const name of Object.keys(GENERATED)) values[name] = env[name] || stored[name]
  return { values, file, generated }
}
