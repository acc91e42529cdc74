import type { CHIAPAS_REGIONS, CooperativeStatus } from "../../modules/cooperative/models/cooperative"
import type { PAYOUT_METHODS } from "../../modules/cooperative/models/payout-account"

export type PayoutAccountInput = {
  method: (typeof PAYOUT_METHODS)[number]
  account_holder: string
  clabe?: string | null
  stripe_account_id?: string | null
  currency_code?: string
}

export type CooperativeInput = {
  handle: string
  name: string
  community: string
  municipality: string
  region: (typeof CHIAPAS_REGIONS)[number]
  status?: CooperativeStatus
  latitude: number
  longitude: number
  founded_year?: number | null
  member_families?: number | null
  languages?: string[]
  crafts?: string[]
  crafts_es?: string[]
  story_en?: string
  story_es?: string
  logo_url?: string | null
  cover_url?: string | null
  contact_email?: string | null
  contact_phone?: string | null
  is_demo?: boolean
}
