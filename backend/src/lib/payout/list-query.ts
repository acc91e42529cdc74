import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** A page of a payout-side list, newest first, with a limit a person is told the bounds of. */
export function limitedPageParams(defaultLimit: number, maxLimit: number) {
  const limitMessage = `limit must be a whole number from 1 to ${maxLimit}`
  return createFindParams({ limit: defaultLimit, offset: 0 }).extend({
    limit: z.preprocess(
      (value) => (typeof value === "string" && value.trim() ? Number(value) : value),
      z
        .number({ error: limitMessage })
        .int({ error: limitMessage })
        .min(1, { error: limitMessage })
        .max(maxLimit, { error: limitMessage })
        .default(defaultLimit)
    ),
  })
}

/** A filter taking one of the values or a list of them. */
export const oneOrMany = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.union([z.enum(values), z.array(z.enum(values))], { error: `${name} must be one of ${values.join(", ")}` }).optional()
