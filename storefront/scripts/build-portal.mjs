#!/usr/bin/env node
// Builds the coordinators' portal, which is served by route handlers without Next's client runtime
// (src/modules/coordinator/server/pages.ts):
//   public/portal.js   its only script, the live parts of its pages, with Preact standing in for React;
//   public/portal.css  Tailwind over the portal's own sources;
//   .portal/render.cjs the server bundle that renders a page's HTML with React (React included).
// Run by `npm run build` / `npm run dev` here and by `npm start`. `--report` prints the sizes.
import { readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import tailwind from "@tailwindcss/postcss"
import { build } from "esbuild"
import postcss from "postcss"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const render = "src/modules/coordinator/render"
const shared = {
  absWorkingDir: root,
  bundle: true,
  jsx: "automatic",
  // next-intl's hooks, as the portal's components use them, without its ICU parser.
  alias: { "next-intl": `./${render}/intl.ts` },
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
}

await Promise.all([
  build({
    ...shared,
    entryPoints: [`${render}/browser.ts`],
    outfile: "public/portal.js",
    minify: true,
    format: "iife",
    target: ["es2020"],
    jsxImportSource: "preact",
    alias: { ...shared.alias, react: "preact/compat", "react-dom": "preact/compat" },
  }),
  build({
    ...shared,
    entryPoints: [`${render}/server.tsx`],
    outfile: ".portal/render.cjs",
    platform: "node",
    format: "cjs",
    target: ["node20"],
  }),
  (async () => {
    const from = path.join(root, render, "portal.css")
    const result = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(readFileSync(from, "utf8"), { from })
    writeFileSync(path.join(root, "public/portal.css"), result.css)
  })(),
])

if (process.argv.includes("--report")) {
  for (const file of ["public/portal.js", "public/portal.css", ".portal/render.cjs"]) {
    const bytes = readFileSync(path.join(root, file))
    console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`)
  }
}
