/** What the /coordinator routes answer: the backend builds these, the portal reads them. */

export type ShelfVariant = {
  id: string
  title: string
  sku: string | null
  product_id: string
  product_title: string
  /** How the coordinator recognises it: the product, and the variant when there are several. */
  label: string
  inventory_item_id: string | null
  /** At the cooperative's own stock location. */
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  sold_last_30_days: number
}

export type ShelfProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  variants: ShelfVariant[]
}

export type StockChangeOutcome = "applied" | "refused" | "conflict"

export type StockChangeResult = {
  client_mutation_id: string
  variant_id: string
  outcome: StockChangeOutcome
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  /** In the coordinator's language. */
  message: string
  /** True when this mutation id had been handled before: nothing changed now. */
  replayed: boolean
}

/** GET /coordinator/me: the coordinator, their cooperative, and how it is paid (account numbers masked). */
export type CoordinatorProfile = {
  id: string
  name: string
  email: string
  phone: string | null
  preferred_language: "es" | "en"
  cooperative: {
    id: string
    handle: string
    name: string
    community: string
    municipality: string
    status: string
    payout_account: {
      method: string
      account_holder: string
      /** Last four digits only, e.g. "•••• 9719". */
      clabe: string | null
      stripe_account_id: string | null
      currency_code: string
    } | null
  }
}
