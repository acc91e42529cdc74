// Regenerates image-specs.json (the JSON twin of `imageSpecs` that generate-images.mjs reads) from
// the seed's catalog.ts. Usage (any cwd): node scripts/demo-images/sync-image-specs.mjs
// Uses the `typescript` package already installed in the monorepo to transpile catalog.ts in memory.
import { createRequire, Module } from "node:module"
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const seedData = resolve(dirname(fileURLToPath(import.meta.url)), "../../backend/src/scripts/seed-data")
const require = createRequire(import.meta.url)
const ts = require("typescript")

export function loadCatalog() {
  const file = join(seedData, "catalog.ts")
  const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  })
  const mod = new Module(file)
  mod.filename = file
  // catalog.ts's own imports (@telar/fair-trade) resolve from the backend.
  mod.paths = Module._nodeModulePaths(seedData)
  mod._compile(outputText, file)
  return mod.exports
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { imageSpecs } = loadCatalog()
  const json = "[\n" + imageSpecs.map((spec) => "  " + JSON.stringify(spec)).join(",\n") + "\n]\n"
  writeFileSync(join(seedData, "image-specs.json"), json)
  console.log(`image-specs.json: ${imageSpecs.length} images`)
}
