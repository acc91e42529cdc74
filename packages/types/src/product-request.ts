/** A new piece a coordinator proposes from the portal, as the /coordinator and /admin product-request routes answer it. */

/** pending: waiting for staff; returned: sent back with a comment (it can be changed and sent again); approved: in the shop. */
export type ProductRequestStatus = "pending" | "returned" | "approved"

export type ProductRequestPhoto = {
  id: string
  /** The resized photo (WebP, at most 1600 px), served through the backend's File module. */
  url: string
  width: number
  height: number
}

export type ProductRequest = {
  id: string
  /** The client's own id for the submission: sending it again answers with this request. */
  client_request_id: string
  status: ProductRequestStatus
  /** How many times it was sent to staff (1, then 2 after a return and a new try…). */
  revision: number
  title_es: string
  story_es: string
  materials: string
  technique: string
  /** What the cooperative asks per piece, in integer minor units (centavos) of `currency_code`. */
  producer_price: { amount: number; currency_code: string }
  stock: number
  photos: ProductRequestPhoto[]
  /** Staff's words when they returned it; null otherwise. */
  staff_comment: string | null
  /** The shop's product once approved. */
  product: { id: string; handle: string | null } | null
  reviewed_at: string | null
  created_at: string
  updated_at: string
}

/** What staff see beside it. */
export type AdminProductRequest = ProductRequest & {
  cooperative: { id: string; name: string | null }
  coordinator: { id: string; name: string | null; email: string | null }
  reviewed_by: string | null
}

/** POST /coordinator/product-requests (and …/:id/resubmit, without client_request_id). */
export type ProductRequestSubmission = {
  client_request_id: string
  title_es: string
  story_es: string
  materials: string
  technique: string
  /** Integer centavos. */
  producer_price_amount: number
  stock: number
  /** From POST /coordinator/product-requests/photos, in the order to show them (the first is the cover). */
  photo_ids: string[]
}

/** POST /coordinator/product-requests answers this; `replayed` when the client_request_id was seen before (nothing new was made). */
export type ProductRequestSubmitted = { product_request: ProductRequest; replayed: boolean }
