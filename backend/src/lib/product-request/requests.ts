import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProductRequest, ProductRequestPhoto, ProductRequestStatus } from "@telar/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { PRODUCT_REQUEST_MODULE } from "../../modules/product-request"
import type ProductRequestModuleService from "../../modules/product-request/service"
import { uploadProductRequestPhotoWorkflow } from "../../workflows/product-request/upload-product-request-photo"
import { productRequestMessages } from "./messages"
import { decodePhoto, preparePhoto } from "./photos"
import { PRODUCT_REQUEST_RELATIONS, productRequestView } from "./views"

/** Who is asking: the coordinator from the login, never from the request. */
export type RequestingCoordinator = { id: string; cooperative_id: string; preferred_language: string }

export type RequestFieldsInput = {
  title_es: string
  story_es: string
  materials: string
  technique: string
  producer_price_amount: number
  stock: number
  photo_ids: string[]
}

const requests = (container: MedusaContainer) => container.resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE)

/** The shop handles of approved requests' products, for links to their pages. */
export async function productHandles(container: MedusaContainer, productIds: (string | null | undefined)[]) {
  const ids = [...new Set(productIds.filter((id): id is string => !!id))]
  if (!ids.length) return new Map<string, string | null>()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "handle"], filters: { id: ids } })
  return new Map(data.map((product): [string, string | null] => [product.id, product.handle ?? null]))
}

async function view(container: MedusaContainer, id: string): Promise<ProductRequest> {
  const request = await requests(container).retrieveProductRequest(id, { relations: PRODUCT_REQUEST_RELATIONS })
  return productRequestView(request, await productHandles(container, [request.product_id]))
}

/** One cooperative's requests, newest first. */
export async function listCooperativeRequests(
  container: MedusaContainer,
  cooperativeId: string,
  { status, skip, take }: { status?: ProductRequestStatus[]; skip: number; take: number }
): Promise<{ product_requests: ProductRequest[]; count: number }> {
  const [rows, count] = await requests(container).listAndCountProductRequests(
    { cooperative_id: cooperativeId, ...(status?.length ? { status } : {}) },
    { relations: PRODUCT_REQUEST_RELATIONS, order: { created_at: "DESC", id: "DESC" }, skip, take }
  )
  const handles = await productHandles(
    container,
    rows.map((row) => row.product_id)
  )
  return { product_requests: rows.map((row) => productRequestView(row, handles)), count }
}

/** A request of this cooperative; any other id (another cooperative's included) is not found. */
export async function retrieveCooperativeRequest(container: MedusaContainer, cooperativeId: string, id: string): Promise<ProductRequest> {
  const [row] = await requests(container).listProductRequests({ id, cooperative_id: cooperativeId }, { select: ["id"], take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product request "${id}" was not found.`)
  return view(container, row.id)
}

async function cooperativeCurrency(container: MedusaContainer, cooperativeId: string): Promise<string> {
  const cooperative = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(cooperativeId, { relations: ["payout_account"] })
  return (cooperative.payout_account?.currency_code ?? "mxn").toLowerCase()
}

/** The module's only NOT_FOUND here: a photo not the cooperative's, or already another request's. Said in the coordinator's words. */
function photoProblem(coordinator: RequestingCoordinator, error: unknown): never {
  if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, productRequestMessages(coordinator.preferred_language).photoUnknown)
  }
  throw error
}

/**
 * Sends a new piece to staff. Sent again with the same client_request_id (a retry on a weak
 * signal), it answers with the first request and makes nothing new, even when both arrive at once.
 */
export async function submitProductRequest(
  container: MedusaContainer,
  coordinator: RequestingCoordinator,
  input: RequestFieldsInput & { client_request_id: string }
): Promise<{ product_request: ProductRequest; replayed: boolean }> {
  const [earlier] = await requests(container).listProductRequests(
    { coordinator_id: coordinator.id, client_request_id: input.client_request_id },
    { select: ["id"], take: 1 }
  )
  if (earlier) return { product_request: await view(container, earlier.id), replayed: true }
  try {
    const { id, created } = await requests(container).submitProductRequest({
      ...input,
      cooperative_id: coordinator.cooperative_id,
      coordinator_id: coordinator.id,
      producer_price_currency: await cooperativeCurrency(container, coordinator.cooperative_id),
    })
    return { product_request: await view(container, id), replayed: !created }
  } catch (error) {
    photoProblem(coordinator, error)
  }
}

/** A returned request, changed and sent again: pending once more, as a new revision. */
export async function resubmitProductRequest(
  container: MedusaContainer,
  coordinator: RequestingCoordinator,
  id: string,
  input: RequestFieldsInput & { revision: number }
): Promise<ProductRequest> {
  const current = await retrieveCooperativeRequest(container, coordinator.cooperative_id, id)
  if (current.status !== "returned" || current.revision !== input.revision) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, productRequestMessages(coordinator.preferred_language).notReturned)
  }
  try {
    await requests(container).resubmitProductRequest({ ...input, id, cooperative_id: coordinator.cooperative_id })
  } catch (error) {
    if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, productRequestMessages(coordinator.preferred_language).notReturned)
    }
    photoProblem(coordinator, error)
  }
  return view(container, id)
}

const photoView = (photo: { id: string; url: string; width: number; height: number }): ProductRequestPhoto => ({
  id: photo.id,
  url: photo.url,
  width: photo.width,
  height: photo.height,
})

/**
 * Resizes an uploaded photo and stores it through the File module as the cooperative's. The same
 * bytes uploaded again by the same coordinator (a retry) answer with the photo stored the first time.
 */
export async function uploadRequestPhoto(
  container: MedusaContainer,
  coordinator: RequestingCoordinator,
  content: string
): Promise<{ photo: ProductRequestPhoto; replayed: boolean }> {
  const prepared = await preparePhoto(decodePhoto(content, coordinator.preferred_language), coordinator.preferred_language)
  const [earlier] = await requests(container).listProductRequestImages(
    { coordinator_id: coordinator.id, sha256: prepared.sha256, request_id: null },
    { take: 1 }
  )
  if (earlier) return { photo: photoView(earlier), replayed: true }
  const { content: resized, ...photo } = prepared
  const { result } = await uploadProductRequestPhotoWorkflow(container).run({
    input: {
      cooperative_id: coordinator.cooperative_id,
      coordinator_id: coordinator.id,
      photo: { ...photo, content_base64: resized.toString("base64") },
    },
  })
  return { photo: photoView(result), replayed: false }
}
