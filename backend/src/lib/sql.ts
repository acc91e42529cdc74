import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The part of Medusa's knex connection Telar's read-only statements use. */
export type PgConnection = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: any[] }> }

export const pgConnection = (scope: MedusaContainer) => scope.resolve<PgConnection>(ContainerRegistrationKeys.PG_CONNECTION)

/** A PostgreSQL text[] literal: one bound parameter whatever the number of ids. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`
}
