import { chromium } from "@playwright/test"
const storefront = "http://localhost:8300", backend = "http://localhost:9300", mail = "http://localhost:1080"
async function json(path, init = {}) { const r = await fetch(`${backend}${path}`, init); const b = await r.json().catch(() => ({})); if (!r.ok) throw new Error(`${path} ${r.status} ${JSON.stringify(b)}`); return b }
const { token } = await json("/auth/user/emailpass", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "staff@example.org", password: "staff-password-42" }) })
const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
const { cooperatives } = await json("/admin/cooperatives?limit=1&fields=id", { headers: admin })
const email = `shots-${Date.now()}@telar.test`
await json(`/admin/cooperatives/${cooperatives[0].id}/coordinators`, { method: "POST", headers: admin, body: JSON.stringify({ name: "Shots", email }) })
let invite
for (let i = 0; !invite && i < 80; i++) { const m = await (await fetch(`${mail}/api/messages?to=${encodeURIComponent(email)}`)).json(); invite = m[0]?.text.match(/token=([\w-]+)/)?.[1]; if (!invite) await new Promise((r) => setTimeout(r, 250)) }
await json("/coordinator/invites/accept", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: invite, password: "shots-portal-2026" }) })
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] })
const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "es-MX" })).newPage()
const errors = []
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()) })
page.on("pageerror", (e) => errors.push(String(e)))
await page.goto(`${storefront}/es/cooperativa/entrar`)
await page.screenshot({ path: "/tmp/shots/login.png", fullPage: true })
await page.getByLabel("Correo").fill(email); await page.getByLabel("Contraseña").fill("shots-portal-2026"); await page.getByRole("button", { name: "Entrar" }).click()
await page.waitForURL(/cooperativa$/); await page.waitForLoadState("load")
await page.screenshot({ path: "/tmp/shots/shelf.png", fullPage: false })
for (const [name, path] of [["orders", "/es/cooperativa/pedidos"], ["requests", "/es/cooperativa/propuestas"], ["new", "/es/cooperativa/propuestas/nueva"], ["payments", "/es/cooperativa/pagos"], ["en-shelf", "/en/cooperative"]]) {
  await page.goto(`${storefront}${path}`); await page.waitForLoadState("load")
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true })
}
console.log("errors:", errors)
await browser.close()
