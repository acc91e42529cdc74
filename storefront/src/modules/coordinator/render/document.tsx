import { PortalFrame } from "../templates/portal-frame"
import { IntlProvider } from "./intl"
import type { IslandName } from "./islands"
import { serializeJsonLd as scriptJson } from "@/lib/util/json-ld"
import { TIME_ZONE } from "@/i18n/time-zone"
import { portalMessages, portalWords } from "./words"

/**
 * Every portal page as a whole HTML document. The portal is served by route handlers (../server)
 * that render it with React to HTML (./server, bundled by scripts/build-portal.mjs): no Next client
 * runtime reaches the phone. A page is HTML and CSS whose forms post without any script; one small
 * script of its own (./browser, with Preact standing in for React) then brings the live parts
 * (islands) to life: the shelf's offline queue, the parcels' buttons, the proposal form's photos.
 */

/** The portal's own static files, addressed by their content's hash (a new build is a new address). */
export type PortalAssets = { script: string; stylesheet: string }

type Props = {
  locale: string
  assets: PortalAssets
  title: string
  /** Pages reached by a mailed link or about passwords: kept out of search engines. */
  noindex?: boolean
  /**
   * The reset page: its token is in the address and must not leave for another site in a Referer
   * header ("same-origin", not "no-referrer": that would make its form's Origin "null").
   */
  sameOriginReferrer?: boolean
  /** Pages for someone logged out: the phone forgets the pages it kept. */
  forget?: boolean
  /** The message namespaces (under `portal`) this page's islands word in the browser. */
  words?: readonly string[]
  children: React.ReactNode
}

export function PortalDocument({ locale, assets, title, noindex, sameOriginReferrer, forget, words = [], children }: Props) {
  const messages = portalMessages(locale)
  const common = portalWords(locale, "common")
  const brand = portalWords(locale, "portal")("brand")
  const portal = messages.portal as Record<string, unknown>
  const shipped = {
    locale,
    timeZone: TIME_ZONE,
    messages: { portal: Object.fromEntries(words.map((name) => [name, portal[name]])) },
  }
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${brand}`}</title>
        <meta name="theme-color" content="#fbf7f1" />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        {sameOriginReferrer ? <meta name="referrer" content="same-origin" /> : null}
        <link rel="icon" href="/icon.svg" />
        <link rel="stylesheet" href={assets.stylesheet} />
        <script src={assets.script} defer data-forget={forget ? "" : undefined} />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-ink px-4 py-2 text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {common("skipToContent")}
        </a>
        <IntlProvider value={{ locale, timeZone: TIME_ZONE, messages }}>
          <PortalFrame locale={locale}>{children}</PortalFrame>
        </IntlProvider>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data, not markup; scriptJson escapes what could close the tag */}
        <script type="application/json" id="portal-intl" dangerouslySetInnerHTML={{ __html: scriptJson(shipped) }} />
      </body>
    </html>
  )
}

/**
 * A live part of a page: rendered here as HTML (it works, posting forms, before the script runs),
 * then brought to life in the browser by the island of the same name in ./browser, with these same
 * props.
 */
export function Island<P extends object>({ name, props, children }: { name: IslandName; props: P; children: React.ReactNode }) {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data, not markup; scriptJson escapes what could close the tag */}
      <script type="application/json" data-island-props={name} dangerouslySetInnerHTML={{ __html: scriptJson(props) }} />
      <div data-island={name}>{children}</div>
    </>
  )
}
