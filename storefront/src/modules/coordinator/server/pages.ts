import { createHash, randomUUID } from "node:crypto"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { cookies } from "next/headers"
import { NextResponse } from "next/server"
import {
  COORDINATOR_COOKIE,
  type CoordinatorSession,
  loadPortal,
  loadPortalOrders,
  loadPortalPayments,
  loadPortalRequest,
  loadPortalRequests,
  SHELF_NOTICE_COOKIE,
} from "@/lib/data/coordinator-pages"
import { portalPath } from "@/lib/util/portal"
import { PORTAL_FORM_COOKIE, readPortalForm } from "../lib/portal-form"
import { readShelfNotice } from "../lib/stock-form"
import type { PortalAssets } from "../render/document"
import type { renderPortalPage } from "../render/server"
import type { PortalViews, ViewProps } from "../render/views"

/**
 * The coordinators' portal's pages as route handlers: each loads its data here with the login
 * cookie (or sends the coordinator to log in), and the portal's server bundle (../render/server,
 * built with React into .portal/render.cjs) renders the whole HTML document. No page of the portal
 * carries Next's client runtime: its only script is public/portal.js (../render/browser).
 * Each page has one address per language (/es/cooperativa/…, /en/cooperative/…): one small
 * route.ts per address under app/[locale]/(coordinator) calls `portalRoute`.
 */

type Language = "es" | "en"
type Jar = Awaited<ReturnType<typeof cookies>>
type Context = { jar: Jar; query: URLSearchParams; language: Language }
type Own<K extends keyof PortalViews> = Omit<ViewProps<K>, "locale" | "assets">
type Loaded<K extends keyof PortalViews> = { props: Own<K> } | { redirect: string }

const storefront = process.cwd()

/** A static file's address with its content's hash: a new build is a new address, so no phone keeps an old one. */
function hashed(file: string): string {
  try {
    return `/${file}?v=${createHash("sha256")
      .update(readFileSync(path.join(storefront, "public", file)))
      .digest("hex")
      .slice(0, 12)}`
  } catch {
    return `/${file}`
  }
}

let assets: PortalAssets | undefined
let render: typeof renderPortalPage | undefined
/** In development the bundles are read again on each page, so a rebuilt portal shows without a restart. */
const rebuilt = process.env.NODE_ENV !== "production"

/** The server bundle, required at run time (it is no module of Next's build). */
function renderer(): typeof renderPortalPage {
  if (render && !rebuilt) return render
  const load = createRequire(path.join(storefront, "package.json"))
  const bundle = path.join(storefront, ".portal", "render.cjs")
  if (rebuilt) delete load.cache[load.resolve(bundle)]
  render = (load(bundle) as { renderPortalPage: typeof renderPortalPage }).renderPortalPage
  return render
}

/** A cookie read once: it is dropped with this answer (a reload does not show it again). */
function take(jar: Jar, name: string): string | undefined {
  const value = jar.get(name)?.value
  if (value) jar.delete(name)
  return value
}

const formOutcome = ({ jar }: Context) => readPortalForm(take(jar, PORTAL_FORM_COOKIE))

/** Loads a page's data with the coordinator's login cookie; no login (or an expired one): the login page. */
async function withLogin<T, P>(
  { jar, language }: Context,
  load: (session: CoordinatorSession) => Promise<T | null>,
  props: (data: T) => P
): Promise<{ props: P } | { redirect: string }> {
  const data = await load({ token: jar.get(COORDINATOR_COOKIE)?.value || undefined, locale: language })
  if (!data) return { redirect: portalPath(language, "login") }
  return { props: props(data) }
}

const LOADERS: { [K in keyof PortalViews]: (context: Context) => Promise<Loaded<K>> } = {
  home: (context) => {
    const notice = readShelfNotice(take(context.jar, SHELF_NOTICE_COOKIE))
    return withLogin(context, loadPortal, ({ me, products }) => ({
      me,
      shelf: {
        products,
        notice,
        mutationIds: Object.fromEntries(products.flatMap((product) => product.variants.map((variant) => [variant.id, randomUUID()]))),
      },
    }))
  },
  login: async (context) => ({ props: { state: formOutcome(context), passwordChanged: context.query.get("reset") === "done" } }),
  invitation: async (context) => ({ props: { state: formOutcome(context), token: context.query.get("token") ?? "" } }),
  forgotPassword: async (context) => ({ props: { state: formOutcome(context) } }),
  resetPassword: async (context) => ({
    props: {
      state: formOutcome(context),
      token: context.query.get("token") ?? "",
      email: (context.query.get("email") ?? "").trim().toLowerCase(),
    },
  }),
  orders: (context) => withLogin(context, loadPortalOrders, (portal) => ({ portal })),
  requests: (context) => withLogin(context, loadPortalRequests, (portal) => ({ portal, sent: context.query.get("sent") === "1" })),
  newRequest: (context) => {
    const from = context.query.get("from") ?? ""
    return withLogin(
      context,
      (session) => loadPortalRequest(session, from || undefined),
      (loaded) => ({ loaded, from })
    )
  },
  payments: (context) => {
    // Set by the statement's address when it could not bring the statement.
    const problem = context.query.get("statement")
    return withLogin(context, loadPortalPayments, (portal) => ({
      portal,
      statementProblem: problem === "failed" || problem === "unreachable" ? problem : null,
    }))
  },
}

/** The GET handler of one portal page in one language. */
export function portalRoute<K extends keyof PortalViews>(name: K, language: Language) {
  return async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    // The other language's prefix with this spelling is redirected before it gets here (proxy).
    if ((await params).locale !== language) return new NextResponse("Not found", { status: 404 })
    const url = new URL(request.url)
    const loaded = await LOADERS[name]({ jar: await cookies(), query: url.searchParams, language })
    if ("redirect" in loaded) return NextResponse.redirect(new URL(loaded.redirect, url), 307)
    if (!assets || rebuilt) assets = { script: hashed("portal.js"), stylesheet: hashed("portal.css") }
    const html = renderer()(name, { ...loaded.props, locale: language, assets } as ViewProps<K>)
    return new NextResponse(html, {
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    })
  }
}
