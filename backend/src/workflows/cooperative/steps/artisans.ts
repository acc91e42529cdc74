import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type ArtisanInput = {
  handle: string
  name: string
  craft: string
  craft_es?: string | null
  bio_en?: string
  bio_es?: string
  portrait_url?: string | null
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)

export const assertArtisanHandleFreeStep = createStep(
  "assert-artisan-handle-free",
  async ({ handle, artisan_id }: { handle?: string; artisan_id?: string }, { container }) => {
    if (handle) {
      const [existing] = await service(container).listArtisans({ handle }, { select: ["id"], take: 1 })
      if (existing && existing.id !== artisan_id) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `An artisan with handle "${handle}" already exists.`)
      }
    }
    return new StepResponse(undefined)
  }
)

export const retrieveArtisanStep = createStep(
  "retrieve-artisan",
  async ({ id, cooperative_id }: { id: string; cooperative_id: string }, { container }) => {
    const [artisan] = await service(container).listArtisans({ id, cooperative_id }, { take: 1 })
    if (!artisan) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan "${id}" was not found in cooperative "${cooperative_id}".`)
    }
    return new StepResponse(artisan)
  }
)

export const createArtisanStep = createStep(
  "create-artisan",
  async (input: ArtisanInput & { cooperative_id: string }, { container }) => {
    const artisan = await service(container).createArtisans(input)
    return new StepResponse(artisan, artisan.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteArtisans(id)
  }
)

export const updateArtisanStep = createStep(
  "update-artisan",
  async ({ id, data }: { id: string; data: Partial<ArtisanInput> }, { container }) => {
    const before = await service(container).retrieveArtisan(id)
    const previous = Object.fromEntries(Object.keys(data).map((key) => [key, (before as any)[key]]))
    const artisan = await service(container).updateArtisans({ id, ...data })
    return new StepResponse(artisan, { id, previous })
  },
  async (undo, { container }) => {
    if (undo) await service(container).updateArtisans({ id: undo.id, ...undo.previous })
  }
)

export const softDeleteArtisanStep = createStep(
  "soft-delete-artisan",
  async ({ id }: { id: string }, { container }) => {
    await service(container).softDeleteArtisans(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreArtisans(id)
  }
)
