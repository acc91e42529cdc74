// The coordinators' portal's service worker: its pages, their stylesheet and the portal's script
// stay readable without signal. Pages: network first, the last copy when offline. The portal's
// script and stylesheet (/portal.js?v=<hash of its content>, /portal.css?v=…): cache first. Everything else, and every POST, goes to the network untouched.
const PAGES = "telar-portal-pages"
const ASSETS = "telar-portal-assets"
const PORTAL = /^\/(es\/cooperativa|en\/cooperative)(\/|$)/
// Pages for someone logged out (@telar/types PORTAL_PATHS): never kept, their links carry tokens.
const SIGNED_OUT =
  /^\/(es\/cooperativa\/(entrar|invitacion|olvide-contrasena|nueva-contrasena)|en\/cooperative\/(login|invitation|forgot-password|reset-password))\/?$/

self.addEventListener("install", () => self.skipWaiting())
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()))

self.addEventListener("fetch", (event) => {
  const request = event.request
  if (request.method !== "GET") return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if ((url.pathname === "/portal.js" || url.pathname === "/portal.css") && url.searchParams.has("v")) {
    event.respondWith(
      caches.open(ASSETS).then(async (cache) => {
        const hit = await cache.match(request)
        if (hit) return hit
        const response = await fetch(request)
        if (response.ok) cache.put(request, response.clone())
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
