import { type MedusaNextFunction, type MedusaRequest, type MedusaResponse, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StoreCatalogQuery } from "./validators"

const validate = validateAndTransformQuery(StoreCatalogQuery, {})

/**
 * Medusa's query validation with StoreCatalogQuery. Medusa refuses a key nested three levels deep
 * (`a.b.c=1`) with INVALID_ARGUMENT, which its error handler answers with a 500: here it is a 400.
 */
export function validateCatalogQuery(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  return validate(req, res, (error?: unknown) => {
    if ((error as MedusaError | undefined)?.type === MedusaError.Types.INVALID_ARGUMENT) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${(error as MedusaError).message}`))
    }
    next(error)
  })
}
