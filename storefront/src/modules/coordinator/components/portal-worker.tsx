"use client"

import { useEffect } from "react"

/**
 * Registers the portal's service worker and keeps this page and its scripts for offline use.
 * On the login and invitation pages (`forget`), the kept pages are dropped: a logged-out phone
 * keeps no cooperative's data.
 */
export function PortalWorker({ forget = false }: { forget?: boolean }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || !("caches" in window)) return
    if (forget) {
      caches.delete("telar-portal-pages")
      return
    }
    navigator.serviceWorker
      .register("/portal-sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then(async () => {
        // What this first visit loaded before the worker was in charge.
        const scripts = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.startsWith("/_next/static/"))
        await (await caches.open("telar-portal-assets")).addAll(scripts)
        await (await caches.open("telar-portal-pages")).add(location.href)
      })
      .catch(() => undefined)
  }, [forget])
  return null
}
