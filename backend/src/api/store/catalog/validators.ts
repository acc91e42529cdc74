import { z } from "@medusajs/framework/zod"
import { CATALOG_SORTS } from "../../../lib/catalog/items"
import { TECHNIQUE_KEYS } from "../../../lib/catalog/techniques"

export const DEFAULT_LIMIT = 24
export const MAX_LIMIT = 100

// Medusa's validator shows a format or custom issue's message without the field: each names it.

/** Optional text; blank text is the same as leaving the parameter out. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional()

const price = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}(?:\.\d+)?$/, { error: `${name} must be a non-negative decimal amount in major units, e.g. "25" or "99.50"` })
    .optional()

const positiveInteger = (name: string, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: `${name} must be a whole number from 1 to ${max}` })
    .transform(Number)
    .refine((value) => value >= 1 && value <= max, { error: `${name} must be a whole number from 1 to ${max}` })
    .default(fallback)

/** Compares two non-negative decimal texts exactly ("99.5" equals "99.50"), with no float rounding. */
export function compareDecimals(a: string, b: string): number {
  const [aWhole, aFraction = ""] = a.split(".")
  const [bWhole, bFraction = ""] = b.split(".")
  const width = Math.max(aFraction.length, bFraction.length)
  const left = BigInt(aWhole + aFraction.padEnd(width, "0"))
  const right = BigInt(bWhole + bFraction.padEnd(width, "0"))
  return left < right ? -1 : left > right ? 1 : 0
}

/** GET /store/catalog's query, as the storefront sends it (all text). Unknown parameters are refused. */
export const StoreCatalogQuery = z
  .object({
    q: text(200),
    category: text(100),
    cooperative: text(100),
    technique: z.enum(TECHNIQUE_KEYS).optional(),
    min_price: price("min_price"),
    max_price: price("max_price"),
    in_stock: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
    sort: z.enum(CATALOG_SORTS).default("featured"),
    page: positiveInteger("page", 10000, 1),
    limit: positiveInteger("limit", MAX_LIMIT, DEFAULT_LIMIT),
    region_id: text(100),
  })
  .strict()
  .superRefine((query, ctx) => {
    if ((query.min_price !== undefined || query.max_price !== undefined) && !query.region_id) {
      ctx.addIssue({
        code: "custom",
        path: ["region_id"],
        message: "min_price and max_price are in the region's currency, so region_id is required with them",
      })
    }
    if (query.min_price !== undefined && query.max_price !== undefined && compareDecimals(query.min_price, query.max_price) > 0) {
      ctx.addIssue({ code: "custom", path: ["min_price"], message: "min_price is greater than max_price" })
    }
  })

export type StoreCatalogQueryType = z.infer<typeof StoreCatalogQuery>
