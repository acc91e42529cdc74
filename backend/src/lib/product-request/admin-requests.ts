import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminProductRequest, ProductRequestStatus } from "@telar/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { PRODUCT_REQUEST_MODULE } from "../../modules/product-request"
import type ProductRequestModuleService from "../../modules/product-request/service"
import { productHandles } from "./requests"
import { adminProductRequestView, PRODUCT_REQUEST_RELATIONS, type People } from "./views"

type Row = Parameters<typeof adminProductRequestView>[0]

/** The cooperatives' and coordinators' names for a page of requests, two reads whatever its length. */
async function peopleOf(container: MedusaContainer, rows: Row[]): Promise<People> {
  const cooperativeModule = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const cooperativeIds = [...new Set(rows.map((row) => row.cooperative_id))]
  const coordinatorIds = [...new Set(rows.map((row) => row.coordinator_id))]
  const [cooperatives, coordinators] = await Promise.all([
    cooperativeIds.length ? cooperativeModule.listCooperatives({ id: cooperativeIds }, { select: ["id", "name"] }) : [],
    coordinatorIds.length
      ? cooperativeModule.listCoordinators({ id: coordinatorIds }, { select: ["id", "name", "email"], withDeleted: true })
      : [],
  ])
  return {
    cooperatives: new Map(cooperatives.map((cooperative): [string, { name: string }] => [cooperative.id, { name: cooperative.name }])),
    coordinators: new Map(
      coordinators.map((coordinator): [string, { name: string; email: string }] => [
        coordinator.id,
        { name: coordinator.name, email: coordinator.email },
      ])
    ),
  }
}

async function views(container: MedusaContainer, rows: Row[]): Promise<AdminProductRequest[]> {
  const [people, handles] = await Promise.all([
    peopleOf(container, rows),
    productHandles(
      container,
      rows.map((row) => row.product_id)
    ),
  ])
  return rows.map((row) => adminProductRequestView(row, people, handles))
}

/** Every cooperative's requests for staff, oldest pending first when listing what waits, newest first otherwise. */
export async function listAdminRequests(
  container: MedusaContainer,
  filters: { status?: ProductRequestStatus[]; cooperative_id?: string },
  { skip, take }: { skip: number; take: number }
): Promise<{ product_requests: AdminProductRequest[]; count: number }> {
  const onlyPending = filters.status?.length === 1 && filters.status[0] === "pending"
  const [rows, count] = await container.resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE).listAndCountProductRequests(
    {
      ...(filters.status?.length ? { status: filters.status } : {}),
      ...(filters.cooperative_id ? { cooperative_id: filters.cooperative_id } : {}),
    },
    {
      relations: PRODUCT_REQUEST_RELATIONS,
      // What waited longest is reviewed first.
      order: onlyPending ? { created_at: "ASC", id: "ASC" } : { created_at: "DESC", id: "DESC" },
      skip,
      take,
    }
  )
  return { product_requests: await views(container, rows as unknown as Row[]), count }
}

export async function retrieveAdminRequest(container: MedusaContainer, id: string): Promise<AdminProductRequest> {
  const [row] = await container
    .resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE)
    .listProductRequests({ id }, { relations: PRODUCT_REQUEST_RELATIONS, take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product request "${id}" was not found.`)
  const [view] = await views(container, [row as unknown as Row])
  return view
}
