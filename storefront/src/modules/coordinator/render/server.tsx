import { createElement } from "react"
import { renderToString } from "react-dom/server"
import { type PortalViews, type ViewProps, views } from "./views"

/**
 * The portal's server bundle's entry (built into .portal/render.cjs by scripts/build-portal.mjs,
 * React included): a page's props in, the whole HTML document out. The route handlers
 * (../server/pages) load the data; this renders it, outside Next's React Server Components.
 */
export function renderPortalPage<K extends keyof PortalViews>(name: K, props: ViewProps<K>): string {
  const View = views[name] as (props: ViewProps<K>) => React.ReactElement
  return `<!DOCTYPE html>${renderToString(createElement(View, props))}`
}
