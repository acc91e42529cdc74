import { NextResponse } from "next/server"
import {
  acceptInvitation,
  changeStock,
  changeStockFromForm,
  coordinatorLogin,
  coordinatorLogout,
  formLocale,
  keepPortalFormOutcome,
  MAX_PHOTO_BYTES,
  type PortalFormAnswer,
  requestCoordinatorPasswordReset,
  resetCoordinatorPassword,
  resubmitProductRequest,
  setParcelStatus,
  submitProductRequest,
  uploadRequestPhoto,
} from "@/lib/data/coordinator"
import { portalPath } from "@/lib/util/portal"

/**
 * What the portal's pages post. They are rendered without Next's client runtime (see
 * modules/coordinator/server), so their forms post here and come back by a 303 redirect:
 * reloading the page after it posts nothing again. A form's problem (a wrong password…) travels
 * to the page in a cookie that lives seconds. The shelf's steppers, the parcels' buttons and the
 * proposal form send JSON here from the portal's script.
 */

/** The most a form or a JSON action may send, and a photo with its form around it; a bigger post gets a 413 unread. */
const MAX_BODY_BYTES = 256 * 1024
const MAX_PHOTO_BODY_BYTES = MAX_PHOTO_BYTES + 64 * 1024

/**
 * The body, read only up to `limit` bytes: null when it is longer (refused by its declared length
 * before a byte is read, else as soon as what arrives goes over).
 */
async function readBody(request: Request, limit: number): Promise<Blob | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body?.getReader()
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength
    if (size > limit) {
      await reader?.cancel()
      return null
    }
    chunks.push(part.value)
  }
  return new Blob(chunks as BlobPart[])
}

/** A form's fields, parsed from a body already read (urlencoded or multipart, as its content type says). */
const formFields = (request: Request, body: Blob) =>
  new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData()

const refuseTooLarge = (limit: number, what: string) =>
  NextResponse.json({ message: `The ${what} is too large: send at most ${Math.floor(limit / 1024)} KB.` }, { status: 413 })

const text = (form: FormData, name: string) => String(form.get(name) ?? "")
const query = (values: Record<string, string>) => {
  const present = Object.entries(values).filter(([, value]) => value)
  return present.length ? `?${new URLSearchParams(present).toString()}` : ""
}

/** Each form, and the page it came from (where its problem is shown) when it does not name another. */
const FORMS: Record<string, { run: (form: FormData) => Promise<PortalFormAnswer>; back?: (form: FormData) => string }> = {
  login: { run: coordinatorLogin, back: (form) => portalPath(formLocale(form), "login") },
  invitation: {
    run: acceptInvitation,
    back: (form) => `${portalPath(formLocale(form), "invitation")}${query({ token: text(form, "token") })}`,
  },
  forgot: { run: requestCoordinatorPasswordReset, back: (form) => portalPath(formLocale(form), "forgotPassword") },
  reset: {
    run: resetCoordinatorPassword,
    back: (form) => `${portalPath(formLocale(form), "resetPassword")}${query({ token: text(form, "token"), email: text(form, "email") })}`,
  },
  logout: { run: coordinatorLogout },
  stock: { run: changeStockFromForm },
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
    const body = await readBody(request, MAX_BODY_BYTES)
    if (!body) return refuseTooLarge(MAX_BODY_BYTES, "form")
    let fields: FormData
    try {
      fields = await formFields(request, body)
    } catch {
      return NextResponse.json({ message: "Send the form's fields." }, { status: 400 })
    }
    const answer = await form.run(fields)
    if (answer && "to" in answer) return seeOther(request, answer.to)
    if (answer) await keepPortalFormOutcome(answer)
    return seeOther(request, form.back?.(fields) ?? portalPath(formLocale(fields), "home"))
  }

  if (action === "photo") {
    const body = await readBody(request, MAX_PHOTO_BODY_BYTES)
    if (!body) return refuseTooLarge(MAX_PHOTO_BODY_BYTES, "photo")
    let fields: FormData
    try {
      fields = await formFields(request, body)
    } catch {
      return NextResponse.json({ message: 'Send the photo as multipart form data, in the field "photo".' }, { status: 400 })
    }
    return NextResponse.json(await uploadRequestPhoto(fields))
  }

  const json = JSON_ACTIONS[action]
  if (!json) return NextResponse.json({ message: `No portal action "${action}".` }, { status: 404 })
  const raw = await readBody(request, MAX_BODY_BYTES)
  if (!raw) return refuseTooLarge(MAX_BODY_BYTES, "request")
  let body: unknown
  try {
    body = JSON.parse(await raw.text())
  } catch {
    return NextResponse.json({ message: "Send a JSON body." }, { status: 400 })
  }
  if (!isObject(body) || !isObject(body[json.field])) {
    return NextResponse.json({ message: `Send a JSON object with an object "${json.field}".` }, { status: 400 })
  }
  return NextResponse.json(await json.run(body), { headers: { "Cache-Control": "no-store" } })
}
