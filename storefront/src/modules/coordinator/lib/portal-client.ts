import type { ParcelStatusResult, ProductRequest, ProductRequestPhoto, ProductRequestSubmission, StockChangeResult } from "@telar/types"
import type {
  ParcelStatusFailure,
  ParcelStatusInput,
  ProductRequestChange,
  RequestFailure,
  StockChangeFailure,
  StockChangeInput,
} from "@/lib/data/coordinator"

/**
 * The portal's script talking to the storefront's /api/portal routes, which call the backend with
 * the coordinator's login cookie (httpOnly: the script never holds it). Answers are the data
 * layer's own, failures included; no signal at all throws, as a lost request does.
 */
async function post<T>(action: string, body: BodyInit, json = true): Promise<T | { error: "generic"; message?: string }> {
  const response = await fetch(`/api/portal/${action}`, {
    method: "POST",
    credentials: "same-origin",
    headers: json ? { "content-type": "application/json" } : undefined,
    body,
  })
  if (!response.ok) return { error: "generic" }
  return (await response.json()) as T
}

export function changeStock(change: StockChangeInput, source: "portal" | "offline_sync" = "portal") {
  return post<StockChangeResult | StockChangeFailure>("stock-change", JSON.stringify({ change, source }))
}

export function setParcelStatus(input: ParcelStatusInput) {
  return post<ParcelStatusResult | ParcelStatusFailure>("parcel", JSON.stringify({ input }))
}

export function uploadRequestPhoto(form: FormData) {
  return post<{ photo: ProductRequestPhoto } | RequestFailure>("photo", form, false)
}

export function submitProductRequest(input: ProductRequestSubmission) {
  return post<{ request: ProductRequest } | RequestFailure>("request", JSON.stringify({ input }))
}

export function resubmitProductRequest(id: string, input: ProductRequestChange) {
  return post<{ request: ProductRequest } | RequestFailure>("resubmit", JSON.stringify({ id, input }))
}
