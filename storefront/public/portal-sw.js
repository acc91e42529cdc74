// The coordinators' portal's service worker: its pages, their stylesheet and the portal's script
// stay readable without signal. Pages: network first, the last copy when offline. The portal's
// script and stylesheet (/portal.js?v=<hash of its content>, /portal.css?v=…): cache first; the
// cache keeps the newest two versions of each. Everything else, and every POST, goes to the
// network untouched. The cache names carry a version: a worker that changes what pages need
// (version 2: the portal left Next's client runtime) drops every other cache of the portal.
// The page's script (src/modules/coordinator/render/browser.ts) uses the same names.
const PAGES = "telar-portal-pages-v2"
const ASSETS = "telar-portal-assets-v2"
const PORTAL = /^\/(es\/cooperativa|en\/cooperative)(\/|$)/
// Pages for someone logged out (@telar/types PORTAL_PATHS): never kept, their links carry tokens.
const SIGNED_OUT =
  /^\/(es\/cooperativa\/(entrar|invitacion|olvide-contrasena|nueva-contrasena)|en\/cooperative\/(login|invitation|forgot-password|reset-password))\/?$/
const ASSET = /^\/portal\.(js|css)$/

self.addEventListener("install", () => self.skipWaiting())
self.addEventListener("activate", (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith("telar-portal-") && name !== PAGES && name !== ASSETS).map((name) => caches.delete(name)))
      )
      .then(() => self.clients.claim())
  )
)

self.addEventListener("fetch", (event) => {
  const request = event.request
  if (request.method !== "GET") return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (ASSET.test(url.pathname) && url.searchParams.has("v")) {
    event.respondWith(
      caches.open(ASSETS).then(async (cache) => {
        const hit = await cache.match(request)
        if (hit) return hit
        const response = await fetch(request)
        if (response.ok) {
          // The version before stays for pages kept before a new build (keys are in the order put).
          const older = (await cache.keys()).filter((kept) => new URL(kept.url).pathname === url.pathname)
          for (const stale of older.slice(0, -1)) await cache.delete(stale)
          await cache.put(request, response.clone())
        }
        return response
      })
    )
    return
  }
  if (request.mode === "navigate" && PORTAL.test(url.pathname) && !SIGNED_OUT.test(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok && !response.redirected) (await caches.open(PAGES)).put(request, response.clone())
          return response
        })
        .catch(async () => (await caches.open(PAGES)).match(request, { ignoreSearch: true }).then((hit) => hit || Response.error()))
    )
  }
})
