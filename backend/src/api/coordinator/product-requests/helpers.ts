import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { RequestingCoordinator } from "../../../lib/product-request/requests"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"

/**
 * Like validateAndTransformBody, with the messages in the logged-in coordinator's language (the
 * schema is built per language). Runs after loadCoordinator; the first problem is the answer.
 */
export function validateBodyInCoordinatorLanguage(schemaFor: (language: string) => z.ZodType) {
  return (req: CoordinatorRequest & { validatedBody?: unknown }, _res: MedusaResponse, next: MedusaNextFunction) => {
    const language = req.coordinator?.preferred_language ?? "es"
    const parsed = schemaFor(language).safeParse(req.body ?? {})
    if (!parsed.success) {
      const [issue] = parsed.error.issues
      const where = issue?.path.length ? ` (${issue.path.join(".")})` : ""
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${issue?.message ?? "Invalid request."}${where}`))
    }
    req.validatedBody = parsed.data
    next()
  }
}

export function requestingCoordinator(req: CoordinatorRequest): RequestingCoordinator {
  const { id, cooperative_id, preferred_language } = currentCoordinator(req)
  return { id, cooperative_id, preferred_language }
}
