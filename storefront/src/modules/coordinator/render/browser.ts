import { h, hydrate } from "preact"
import { ParcelActions } from "../components/parcel-actions"
import { RequestForm } from "../components/request-form"
import { Shelf } from "../components/shelf"
import { type IntlData, IntlProvider } from "./intl"
import type { IslandName } from "./islands"

/**
 * The coordinators' portal's only script (built into public/portal.js by scripts/build-portal.mjs,
 * with Preact standing in for React; the server rendered the same components with React: ./server). The page works without it: it is HTML whose forms post. This
 * brings the live parts to life (the islands the server marked, with the props it rendered them
 * with), keeps pages for use without signal (the service worker), and says "working…" on a
 * button while its form is on its way.
 */

const ISLANDS: Record<IslandName, unknown> = { shelf: Shelf, parcel: ParcelActions, "request-form": RequestForm }

const script = document.currentScript
/** The service worker's caches (public/portal-sw.js has the same names). */
const PAGES = "telar-portal-pages-v2"
const ASSETS = "telar-portal-assets-v2"
const json = (element: Element | null) => JSON.parse(element?.textContent || "{}")

const intl = json(document.getElementById("portal-intl")) as IntlData
for (const root of document.querySelectorAll<HTMLElement>("[data-island]")) {
  const island = ISLANDS[root.dataset.island as IslandName]
  const props = root.previousElementSibling
  if (!island || !props?.matches("script[data-island-props]")) continue
  // The components are typed against React; here Preact's compat layer runs them.
  hydrate(h(IntlProvider as never, { value: intl } as never, h(island as never, json(props))), root)
}

// A posted form's button says it is working (the islands' own forms handle themselves).
document.addEventListener("submit", (event) => {
  if (event.defaultPrevented) return
  const button = (event.target as HTMLFormElement).querySelector<HTMLButtonElement>("button[data-pending]")
  if (!button) return
  setTimeout(() => {
    button.disabled = true
    button.textContent = button.dataset.pending ?? button.textContent
  })
})

/**
 * The service worker keeps this page, its stylesheet and this script for use without signal. On the
 * pages for someone logged out (`data-forget`), the kept pages are dropped: a logged-out phone keeps
 * no cooperative's data.
 */
if ("serviceWorker" in navigator && "caches" in window) {
  if (script?.hasAttribute("data-forget")) {
    caches.delete(PAGES)
  } else {
    navigator.serviceWorker
      .register("/portal-sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then(async () => {
        // What this first visit loaded before the worker was in charge.
        const files = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => {
            const url = new URL(name)
            return url.origin === location.origin && (url.pathname === "/portal.js" || url.pathname === "/portal.css")
          })
        await (await caches.open(ASSETS)).addAll(files)
        await (await caches.open(PAGES)).add(location.href)
      })
      .catch(() => undefined)
  }
}
