import type { StoreArtisan, StoreCooperative } from "@telar/types"

/** What shoppers may see of a cooperative. Payout details are deliberately absent. */
export const STORE_COOPERATIVE_FIELDS = [
  "id",
  "handle",
  "name",
  "community",
  "municipality",
  "region",
  "latitude",
  "longitude",
  "founded_year",
  "member_families",
  "languages",
  "crafts",
  "crafts_es",
  "story_en",
  "story_es",
  "logo_url",
  "cover_url",
  "is_demo",
] satisfies (keyof StoreCooperative)[]

export const STORE_ARTISAN_FIELDS = [
  "id",
  "handle",
  "name",
  "craft",
  "craft_es",
  "bio_en",
  "bio_es",
  "portrait_url",
] satisfies (keyof StoreArtisan)[]
