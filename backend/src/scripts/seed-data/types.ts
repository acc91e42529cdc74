import type { CHIAPAS_REGIONS } from "../../modules/cooperative/models/cooperative"
import type { PAYOUT_METHODS } from "../../modules/cooperative/models/payout-account"
/**
 * Shapes of Telar's demo catalogue (cooperatives, artisans, products).
 * Money values are decimal strings in major units with at most two decimals.
 */

export type SeedArtisan = {
  handle: string
  name: string
  craft: string
  craft_es: string
  bio_en: string
  bio_es: string
}

export type SeedCooperative = {
  handle: string
  name: string
  community: string
  municipality: string
  region: (typeof CHIAPAS_REGIONS)[number]
  latitude: number
  longitude: number
  founded_year: number
  member_families: number
  languages: string[]
  crafts: string[]
  /** The same crafts in Spanish, in the same order. */
  crafts_es: string[]
  story_en: string
  story_es: string
  contact_email: string
  contact_phone: string
  payout_method: (typeof PAYOUT_METHODS)[number]
  account_holder: string
  clabe: string | null
  stripe_account_id: string | null
  artisans: SeedArtisan[]
  /** Optional: cover illustration file under backend/static/catalog/ (e.g. "coop-nichim-pok.svg"). */
  cover_image?: string
}

export type SeedVariant = {
  sku: string
  options: Record<string, string>
  /** Shopper price in USD, e.g. "128.00". */
  price_usd: string
  /** Shopper price in MXN, e.g. "2300.00". */
  price_mxn: string
  /** What the cooperative receives per unit, in MXN; always below price_mxn. */
  producer_price_mxn: string
  stock: number
}

export type SeedProduct = {
  handle: string
  cooperative: string
  artisans: string[]
  category: string
  title_en: string
  title_es: string
  description_en: string
  description_es: string
  technique: string
  technique_es: string
  material: string
  material_es: string
  weight_grams: number
  options: { title: string; values: string[] }[]
  variants: SeedVariant[]
  images: string[] // file names under backend/static/catalog/, e.g. "huipil-flores-zinacantan-1.svg"
}

export type SeedCategory = {
  handle: string
  name_en: string
  name_es: string
}

/** One illustration rendered by scripts/demo-images/generate-images.mjs (mirrored in image-specs.json). */
export type ImageSpec = {
  file: string
  kind: "textile" | "bag" | "pottery" | "amber" | "lacquer" | "wood" | "seeds" | "toy" | "cover"
  /** Silhouette within the kind, e.g. "huipil", "jaguar", "pendant", "bowl", "bow". */
  shape: string
  /** Main decorative motif, e.g. "rombo", "flowers", "zigzag", "fret". */
  motif: string
  /** Hex colours; the first is the ground / base colour. */
  palette: string[]
  seed: number
  title: string
  /** "main" shows the whole piece, "detail" a close-up of the surface. */
  view: "main" | "detail"
  /** Covers only: landscape flavour. */
  scene?: "highlands" | "valley" | "river" | "forest"
}
