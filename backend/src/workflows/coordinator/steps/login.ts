import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Long enough to resist guessing, short enough to type on a phone. */
export const MIN_PASSWORD_LENGTH = 10

type AuthIdentity = { id: string; app_metadata?: Record<string, unknown> | null }

/**
 * Gives the coordinator an email-and-password login tied to their record
 * (`app_metadata.coordinator_id`, which Medusa puts in the token as the actor id). The invitation
 * proved the address is theirs, as a reset mail would: an existing login for that address (a shopper
 * account) gets the new password and the coordinator role beside its own.
 */
export const setCoordinatorLoginStep = createStep(
  "set-coordinator-login",
  async ({ coordinator_id, email, password }: { coordinator_id: string; email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { relations: ["auth_identity"] })
    let identity: AuthIdentity
    let created = false
    let previousMetadata: Record<string, unknown> | null = null
    if (provider?.auth_identity_id) {
      const updated = await auth.updateProvider("emailpass", { entity_id: email, password })
      if (!updated.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, updated.error ?? "The password could not be set.")
      const [existing] = await auth.listAuthIdentities({ id: [provider.auth_identity_id] })
      identity = existing as AuthIdentity
      previousMetadata = (identity.app_metadata ?? {}) as Record<string, unknown>
    } else {
      const registered = await auth.register("emailpass", { body: { email, password } })
      if (!registered.success || !registered.authIdentity) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, registered.error ?? "The login could not be created.")
      }
      identity = registered.authIdentity as AuthIdentity
      created = true
    }
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...(identity.app_metadata ?? {}), coordinator_id } })
    return new StepResponse({ auth_identity_id: identity.id }, { id: identity.id, created, previousMetadata })
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve(Modules.AUTH)
    if (undo.created) await auth.deleteAuthIdentities([undo.id])
    else await auth.updateAuthIdentities({ id: undo.id, app_metadata: undo.previousMetadata ?? {} })
  }
)
