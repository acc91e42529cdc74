import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { CATALOG_SORTS } from "../../../lib/catalog/items"
import { TECHNIQUE_KEYS } from "../../../lib/catalog/techniques"

export const DEFAULT_LIMIT = 24
export const MAX_LIMIT = 100

const text = (max: number) =>
  z
    .string({ error: "must be given once, as text" })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })

const price = z
  .string({ error: "must be given once, as a decimal amount" })
  .trim()
  .regex(/^\d{1,9}(?:\.\d+)?$/, { error: 'must be a non-negative decimal amount in major units, e.g. "25" or "99.50"' })

const positiveInteger = (name: string, max: number) =>
  z
    .string({ error: "must be given once, as a whole number" })
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number from 1 to ${max}` })
    .transform(Number)
    .refine((value) => value >= 1 && value <= max, { error: `must be a whole number from 1 to ${max}` })
    .describe(name)

/** GET /store/catalog's query, as the storefront sends it (all text). Unknown parameters are refused. */
export const StoreCatalogQuery = z
  .object({
    q: text(200).optional(),
    category: text(100).optional(),
    cooperative: text(100).optional(),
    technique: z.enum(TECHNIQUE_KEYS, { error: `must be one of ${TECHNIQUE_KEYS.join(", ")}` }).optional(),
    min_price: price.optional(),
    max_price: price.optional(),
    in_stock: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
    sort: z.enum(CATALOG_SORTS, { error: `must be one of ${CATALOG_SORTS.join(", ")}` }).default("featured"),
    page: positiveInteger("page", 10000).default(1),
    limit: positiveInteger("limit", MAX_LIMIT).default(DEFAULT_LIMIT),
    region_id: text(100).optional(),
  })
  .strict()

export type StoreCatalogQueryType = z.infer<typeof StoreCatalogQuery>

/** Parses the query or answers 400 naming every bad parameter and why. */
export function parseCatalogQuery(query: unknown): StoreCatalogQueryType {
  const result = StoreCatalogQuery.safeParse(query ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")} ${issue.message}` : issue.message))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid catalog query: ${problems.join("; ")}.`)
  }
  const parsed = result.data
  const blank = (value?: string) => (value ? value : undefined)
  return {
    ...parsed,
    q: blank(parsed.q),
    category: blank(parsed.category),
    cooperative: blank(parsed.cooperative),
    region_id: blank(parsed.region_id),
  }
}
