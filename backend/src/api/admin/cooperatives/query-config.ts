import { STORE_COOPERATIVE_FIELDS } from "../../store/cooperatives/query-config"

/** What staff see of a cooperative: what shoppers see, plus its status, contacts, payout account, artisans and location. */
export const ADMIN_COOPERATIVE_FIELDS = [
  ...STORE_COOPERATIVE_FIELDS,
  "status",
  "contact_email",
  "contact_phone",
  "created_at",
  "updated_at",
  "payout_account.*",
  "artisans.*",
  "stock_location.id",
  "stock_location.name",
]

export const adminCooperativeQueryConfig = {
  list: { defaults: ADMIN_COOPERATIVE_FIELDS, isList: true },
  retrieve: { defaults: [...ADMIN_COOPERATIVE_FIELDS, "products.id", "products.title", "products.handle"], isList: false },
}
