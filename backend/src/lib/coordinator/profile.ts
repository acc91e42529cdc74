import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CoordinatorProfile } from "@telar/types"

type ProfileOf = { id: string; name: string; email: string; phone: string | null; preferred_language: string; cooperative_id: string }

/** Only the last four digits of an account number ever leave the staff's side. */
export function maskAccountNumber(value: string | null | undefined): string | null {
  if (!value) return null
  const digits = value.replace(/\s+/g, "")
  return digits.length <= 4 ? "••••" : `•••• ${digits.slice(-4)}`
}

/** The coordinator, their cooperative, and how it is paid, masked. */
export async function loadCoordinatorProfile(container: MedusaContainer, coordinator: ProfileOf): Promise<CoordinatorProfile> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const cooperative = await service.retrieveCooperative(coordinator.cooperative_id, { relations: ["payout_account"] })
  const account = cooperative.payout_account
  return {
    id: coordinator.id,
    name: coordinator.name,
    email: coordinator.email,
    phone: coordinator.phone,
    preferred_language: coordinator.preferred_language === "en" ? "en" : "es",
    cooperative: {
      id: cooperative.id,
      handle: cooperative.handle,
      name: cooperative.name,
      community: cooperative.community,
      municipality: cooperative.municipality,
      status: cooperative.status,
      payout_account: account
        ? {
            method: account.method,
            account_holder: account.account_holder,
            clabe: maskAccountNumber(account.clabe),
            stripe_account_id: maskAccountNumber(account.stripe_account_id),
            currency_code: account.currency_code,
          }
        : null,
    },
  }
}
