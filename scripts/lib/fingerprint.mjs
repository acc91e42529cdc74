import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".medusa", ".next", ".turbo", "dist", ".data", "coverage", "test-results"])

/** A hash of the files under the given paths (content of small files, size+mtime otherwise). */
export function fingerprint(paths) {
  const hash = createHash("sha256")
  const visit = (entry) => {
    if (!existsSync(entry)) return
    const stat = statSync(entry)
    if (stat.isDirectory()) {
      for (const name of readdirSync(entry).sort()) {
        if (!SKIP.has(name)) visit(path.join(entry, name))
      }
      return
    }
    hash.update(entry)
    hash.update(stat.size < 512 * 1024 ? readFileSync(entry) : `${stat.size}:${stat.mtimeMs}`)
  }
  paths.forEach(visit)
  return hash.digest("hex").slice(0, 16)
}
