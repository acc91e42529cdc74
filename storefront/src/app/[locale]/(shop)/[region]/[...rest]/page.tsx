import { notFound } from "next/navigation"

// Rendered per request: a cached 404 for every address someone makes up would fill the cache.
export const dynamic = "force-dynamic"

/** Any unknown path under /en or /es renders the localized not-found page. */
export default function CatchAll() {
  notFound()
}
