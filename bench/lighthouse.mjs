#!/usr/bin/env node
// Lighthouse (mobile) in Debian's Chromium on home, catalog and a product page. Prints a table.
// Usage: STOREFRONT_URL=http://localhost:8000 node bench/lighthouse.mjs [product-handle]
import { launch } from "chrome-launcher"
import lighthouse from "lighthouse"

const base = process.env.STOREFRONT_URL || "http://localhost:8000"
const product = process.argv[2] || "huipil-brocado-larrainzar"
const pages = [
  ["home", `${base}/en`],
  ["catalog", `${base}/en/store`],
  ["product", `${base}/en/products/${product}`],
]
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
const rows = []
try {
  for (const [name, url] of pages) {
    await fetch(url) // warm the server-side cache, as a returning visitor's request would find it
    const { lhr } = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error" },
      {
        extends: "lighthouse:default",
        settings: { formFactor: "mobile", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] },
      }
    )
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    rows.push({
      name,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcp: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
      tbt: Math.round(lhr.audits["total-blocking-time"].numericValue),
      cls: lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
    })
  }
} finally {
  await chrome.kill()
}
console.log("\n| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS |\n|---|---|---|---|---|---|---|---|")
for (const r of rows)
  console.log(`| ${r.name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcp} | ${r.tbt} | ${r.cls} |`)
