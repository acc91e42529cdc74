import type { MedusaContainer } from "@medusajs/framework/types"
import type { ParcelActor, ParcelProgress } from "@telar/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { ParcelRecord } from "../../modules/cooperative/service"

export type { ParcelProgress }

/** A parcel nobody has moved yet (no row is stored until the first move). */
export const PENDING_PARCEL: ParcelProgress = {
  status: "pending",
  ready_at: null,
  ready_by: null,
  handed_at: null,
  handed_by: null,
  carrier: null,
  tracking_number: null,
}

export const parcelKey = (orderId: string, cooperativeId: string) => `${orderId}:${cooperativeId}`

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** Parcel records as staff and coordinators read them, with the names of the coordinators who moved them. */
export async function describeParcels(container: MedusaContainer, records: ParcelRecord[]): Promise<Map<string, ParcelProgress>> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const actorIds = [...new Set(records.flatMap((record) => [record.ready_by, record.handed_by]).filter((id): id is string => !!id))]
  // A coordinator removed since still signed what they did.
  const coordinators = actorIds.length
    ? await service.listCoordinators({ id: actorIds }, { select: ["id", "name"], withDeleted: true, take: null })
    : []
  const nameOf = new Map(coordinators.map((coordinator) => [coordinator.id, coordinator.name]))
  const actor = (id: string | null): ParcelActor | null => (id ? { id, name: nameOf.get(id) ?? null } : null)
  return new Map(
    records.map((record) => [
      parcelKey(record.order_id, record.cooperative_id),
      {
        status: record.status,
        ready_at: iso(record.ready_at),
        ready_by: actor(record.ready_by),
        handed_at: iso(record.handed_at),
        handed_by: actor(record.handed_by),
        carrier: record.carrier,
        tracking_number: record.tracking_number,
      },
    ])
  )
}

/** The progress of the parcels of these orders (of one cooperative, or of all), keyed by parcelKey. */
export async function parcelProgress(
  container: MedusaContainer,
  filters: { order_id: string[]; cooperative_id?: string }
): Promise<Map<string, ParcelProgress>> {
  if (!filters.order_id.length) return new Map()
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const records = await service.listCooperativeParcels(
    { order_id: filters.order_id, ...(filters.cooperative_id ? { cooperative_id: filters.cooperative_id } : {}) },
    { take: null }
  )
  return describeParcels(container, records as unknown as ParcelRecord[])
}
