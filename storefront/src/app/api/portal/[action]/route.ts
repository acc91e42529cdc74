import { getURLFromRedirectError } from "next/dist/client/components/redirect"
import { isRedirectError } from "next/dist/client/components/redirect-error"
import { cookies } from "next/headers"
import { NextResponse } from "next/server"
import {
  acceptInvitation,
  changeStock,
  changeStockFromForm,
  coordinatorLogin,
  coordinatorLogout,
  type PortalFormState,
  requestCoordinatorPasswordReset,
  resetCoordinatorPassword,
  resubmitProductRequest,
  setParcelStatus,
  submitProductRequest,
  uploadRequestPhoto,
} from "@/lib/data/coordinator"
import { portalPath } from "@/lib/util/portal"
import { PORTAL_FORM_COOKIE } from "@/modules/coordinator/lib/portal-form"

/**
 * What the portal's pages post. They are rendered without Next's client runtime (see
 * modules/coordinator/server), so their forms post here and come back by a 303 redirect:
 * reloading the page after it posts nothing again. A form's problem (a wrong password…) travels
 * to the page in a cookie that lives seconds. The shelf's steppers, the parcels' buttons and the
 * proposal form send JSON here from the portal's script.
 */

type Form = (form: FormData) => Promise<PortalFormState | undefined | void>

const secure = process.env.NODE_ENV === "production" && process.env.TELAR_INSECURE_COOKIES !== "1"
const language = (form: FormData) => (String(form.get("locale")) === "en" ? "en" : "es")
const text = (form: FormData, name: string) => String(form.get(name) ?? "")
const query = (values: Record<string, string>) => {
  const present = Object.entries(values).filter(([, value]) => value)
  return present.length ? `?${new URLSearchParams(present).toString()}` : ""
}

/** Each form, and the page it came from (where its problem is shown). */
const FORMS: Record<string, { run: Form; back: (form: FormData) => string }> = {
  login: { run: (form) => coordinatorLogin(null, form), back: (form) => portalPath(language(form), "login") },
  invitation: {
    run: (form) => acceptInvitation(null, form),
    back: (form) => `${portalPath(language(form), "invitation")}${query({ token: text(form, "token") })}`,
  },
  forgot: { run: (form) => requestCoordinatorPasswordReset(null, form), back: (form) => portalPath(language(form), "forgotPassword") },
  reset: {
    run: (form) => resetCoordinatorPassword(null, form),
    back: (form) => `${portalPath(language(form), "resetPassword")}${query({ token: text(form, "token"), email: text(form, "email") })}`,
  },
  logout: { run: coordinatorLogout, back: (form) => portalPath(language(form), "login") },
  stock: { run: changeStockFromForm, back: (form) => portalPath(language(form), "home") },
}

type Json = { field: string; run: (body: Record<string, unknown>) => Promise<unknown> }

/**
 * What the portal's script sends, each with the object field its body must carry (the backend
 * checks what is inside); each answers the data layer's own result (failures included) as JSON.
 */
const JSON_ACTIONS: Record<string, Json> = {
  "stock-change": {
    field: "change",
    run: (body) =>
      changeStock(body.change as Parameters<typeof changeStock>[0], body.source === "offline_sync" ? "offline_sync" : "portal"),
  },
  request: { field: "input", run: (body) => submitProductRequest(body.input as Parameters<typeof submitProductRequest>[0]) },
  resubmit: {
    field: "input",
    run: (body) => resubmitProductRequest(String(body.id ?? ""), body.input as Parameters<typeof resubmitProductRequest>[1]),
  },
  parcel: { field: "input", run: (body) => setParcelStatus(body.input as Parameters<typeof setParcelStatus>[0]) },
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value)

/**
 * Posts from anywhere but the portal's own pages are refused (another site, a sibling subdomain):
 * the browser's Sec-Fetch-Site says where a post comes from; a browser without it sends Origin.
 */
function foreign(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site")
  if (site) return site !== "same-origin" && site !== "none"
  const origin = request.headers.get("origin")
  if (!origin) return false
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

const seeOther = (request: Request, path: string) => NextResponse.redirect(new URL(path, request.url), 303)

export async function POST(request: Request, { params }: { params: Promise<{ action: string }> }) {
  const { action } = await params
  if (foreign(request)) return NextResponse.json({ message: "Cross-site request refused." }, { status: 403 })

  const form = FORMS[action]
  if (form) {
    let fields: FormData
    try {
      fields = await request.formData()
    } catch {
      return NextResponse.json({ message: "Send the form's fields." }, { status: 400 })
    }
    try {
      const state = await form.run(fields)
      if (state) {
        ;(await cookies()).set(PORTAL_FORM_COOKIE, JSON.stringify(state), {
          httpOnly: true,
          sameSite: "lax",
          secure,
          path: "/",
          maxAge: 30,
        })
      }
      return seeOther(request, form.back(fields))
    } catch (error) {
      if (isRedirectError(error)) return seeOther(request, getURLFromRedirectError(error))
      throw error
    }
  }

  if (action === "photo") {
    let fields: FormData
    try {
      fields = await request.formData()
    } catch {
      return NextResponse.json({ message: 'Send the photo as multipart form data, in the field "photo".' }, { status: 400 })
    }
    return NextResponse.json(await uploadRequestPhoto(fields))
  }

  const json = JSON_ACTIONS[action]
  if (!json) return NextResponse.json({ message: `No portal action "${action}".` }, { status: 404 })
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return NextResponse.json({ message: "Send a JSON body." }, { status: 400 })
  }
  if (!isObject(body) || !isObject(body[json.field])) {
    return NextResponse.json({ message: `Send a JSON object with an object "${json.field}".` }, { status: 400 })
  }
  return NextResponse.json(await json.run(body), { headers: { "Cache-Control": "no-store" } })
}
