/**
 * The cooperative module's choices, as the admin bundle can hold them: the module's model files
 * import the Medusa framework, which cannot go into the browser. A unit test
 * (__tests__/constants.unit.spec.ts) fails when these drift from the module's own lists.
 */
export const CHIAPAS_REGIONS = ["Altos", "Selva", "Frailesca", "Centro", "Norte", "Sierra", "Costa", "Soconusco", "Fronteriza"] as const
export type ChiapasRegion = (typeof CHIAPAS_REGIONS)[number]

export const COOPERATIVE_STATUSES = ["draft", "published", "archived"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]

export const PAYOUT_METHODS = ["spei", "stripe_connect"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

export const COORDINATOR_LANGUAGES = ["es", "en"] as const
export type CoordinatorLanguage = (typeof COORDINATOR_LANGUAGES)[number]

export const LEDGER_ENTRY_TYPES = ["earning", "reversal", "advance", "advance_recoupment", "payout", "payout_failed", "adjustment"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

export const STATUS_LABELS: Record<CooperativeStatus, string> = { draft: "Draft", published: "Published", archived: "Archived" }
export const STATUS_COLORS: Record<CooperativeStatus, "grey" | "green" | "orange"> = {
  draft: "grey",
  published: "green",
  archived: "orange",
}

export const PAYOUT_METHOD_LABELS: Record<PayoutMethod, string> = { spei: "SPEI bank transfer", stripe_connect: "Stripe Connect" }

export const LANGUAGE_LABELS: Record<CoordinatorLanguage, string> = { es: "Spanish", en: "English" }

export const LEDGER_ENTRY_LABELS: Record<LedgerEntryType, string> = {
  earning: "Earning",
  reversal: "Reversal",
  advance: "Advance",
  advance_recoupment: "Advance recouped",
  payout: "Payout",
  payout_failed: "Payout failed",
  adjustment: "Adjustment",
}

export const COORDINATOR_STATUS_COLORS: Record<string, "grey" | "green" | "orange" | "red"> = {
  invited: "orange",
  active: "green",
  disabled: "grey",
}

/** The producer price and the ledger are kept in the cooperative's payout currency. */
export const PAYOUT_CURRENCY = "mxn"
