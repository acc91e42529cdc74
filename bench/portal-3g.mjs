#!/usr/bin/env node
// The coordinators' portal on a slow phone connection: a coordinator is invited through the admin
// API, sets a password from the mail's token, logs in, then the shelf page is loaded over
// Chrome DevTools' "Slow 3G" profile (400 kbit/s down, 400 ms round trip), cold (empty cache) and
// warm (the service worker's copy), and its transferred bytes and timings are printed.
// Usage: STOREFRONT_URL=http://localhost:8000 BACKEND_URL=http://localhost:9000 MAIL_URL=http://localhost:1080 \
//          TELAR_ADMIN_EMAIL=… TELAR_ADMIN_PASSWORD=… node bench/portal-3g.mjs [--runs 3]
import { chromium } from "@playwright/test"

const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
const backend = process.env.BACKEND_URL || "http://localhost:9000"
const mail = process.env.MAIL_URL || "http://localhost:1080"
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3
const SLOW_3G = { offline: false, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8, latency: 400 }

async function json(path, init = {}) {
  const response = await fetch(`${backend}${path}`, init)
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${JSON.stringify(body)}`)
  return body
}

async function coordinatorLogin() {
  const { token } = await json("/auth/user/emailpass", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: process.env.TELAR_ADMIN_EMAIL, password: process.env.TELAR_ADMIN_PASSWORD }),
  })
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { cooperatives } = await json("/admin/cooperatives?limit=1&fields=id", { headers: admin })
  const email = `bench-3g-${Date.now()}@telar.test`
  await json(`/admin/cooperatives/${cooperatives[0].id}/coordinators`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ name: "Bench 3G", email }),
  })
  let invite
  for (let tries = 0; !invite && tries < 80; tries++) {
    const messages = await (await fetch(`${mail}/api/messages?to=${encodeURIComponent(email)}`)).json()
    invite = messages[0]?.text.match(/token=([\w-]+)/)?.[1]
    if (!invite) await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (!invite) throw new Error(`no invitation mail to ${email} at ${mail}`)
  const password = "bench-portal-3g-2026"
  await json("/coordinator/invites/accept", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: invite, password }),
  })
  return { email, password }
}

/** Loads the shelf once over Slow 3G; answers bytes on the wire and the page's timings. */
async function measure(page, cdp) {
  let bytes = 0
  let scriptBytes = 0
  const scripts = new Set()
  const kind = (event) => {
    if (event.type === "Script") scripts.add(event.requestId)
  }
  const count = (event) => {
    bytes += event.encodedDataLength
    if (scripts.has(event.requestId)) scriptBytes += event.encodedDataLength
  }
  cdp.on("Network.responseReceived", kind)
  cdp.on("Network.loadingFinished", count)
  const started = Date.now()
  await page.goto(`${storefront}/es/cooperativa`, { waitUntil: "commit", timeout: 180_000 })
  const since = () => Date.now() - started
  const [usable, loaded] = await Promise.all([
    // Usable: the first "+" is on screen; it works from then on, posting its form until the portal's script runs.
    page
      .getByRole("button", { name: /^Una más/ })
      .first()
      .waitFor({ timeout: 180_000 })
      .then(since),
    // Load: the portal's script downloaded and run, so taps go through the phone's offline queue.
    page.waitForLoadState("load", { timeout: 180_000 }).then(since),
  ])
  cdp.off("Network.loadingFinished", count)
  cdp.off("Network.responseReceived", kind)
  const nav = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType("navigation")
    const [paint] = performance.getEntriesByName("first-contentful-paint")
    return {
      ttfb: Math.round(entry.responseStart),
      dcl: Math.round(entry.domContentLoadedEventEnd),
      fcp: Math.round(paint?.startTime ?? 0),
    }
  })
  // A button in the document is not on screen until the page is first painted (its stylesheet loaded).
  const onScreen = Math.max(usable, nav.fcp)
  return {
    kb: Math.round(bytes / 102.4) / 10,
    jsKb: Math.round(scriptBytes / 102.4) / 10,
    ttfb: nav.ttfb,
    fcp: nav.fcp,
    dcl: nav.dcl,
    load: loaded,
    usable: onScreen,
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
})
try {
  const login = await coordinatorLogin()
  const rows = []
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "es-MX" })
    const page = await context.newPage()
    await page.goto(`${storefront}/es/cooperativa/entrar`)
    await page.getByLabel("Correo").fill(login.email)
    await page.getByLabel("Contraseña").fill(login.password)
    await page.getByRole("button", { name: "Entrar" }).click()
    await page.waitForURL(/\/es\/cooperativa$/)
    const cdp = await context.newCDPSession(page)
    await cdp.send("Network.enable")
    // Cold: no HTTP cache and no service worker copy.
    await cdp.send("Network.clearBrowserCache")
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true })
    await page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister()
      for (const key of await caches.keys()) await caches.delete(key)
    })
    await cdp.send("Network.emulateNetworkConditions", SLOW_3G)
    rows.push({ run, visit: "cold", ...(await measure(page, cdp)) })
    // Warm: caches on, the service worker installed by the cold visit.
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: false })
    await page.waitForTimeout(2000)
    rows.push({ run, visit: "warm", ...(await measure(page, cdp)) })
    await context.close()
  }
  console.log("Portal shelf /es/cooperativa over Slow 3G (400 kbit/s, 400 ms RTT), 390×844, times in ms:")
  console.table(rows)
} finally {
  await browser.close()
}
