import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

const WEAK_PASSWORDS = ["telar-admin", "supersecret", "password", "admin", "changeme"]

/**
 * Creates the first admin user from TELAR_ADMIN_EMAIL / TELAR_ADMIN_PASSWORD when no user exists.
 * There is no default password: `npm start` generates one per install, a deployment sets its own.
 */
export default async function ensureAdmin({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.TELAR_ADMIN_EMAIL || "admin@telar.local"
  const password = process.env.TELAR_ADMIN_PASSWORD ?? ""
  if (password.length < 12 || WEAK_PASSWORDS.includes(password.toLowerCase())) {
    throw new Error("Set TELAR_ADMIN_PASSWORD to the first admin's password: at least 12 characters, not a published default.")
  }
  const users = container.resolve(Modules.USER)
  const [, count] = await users.listAndCountUsers({}, { take: 1 })
  if (count > 0) {
    logger.info("Admin user exists; not creating another.")
    return
  }
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
  if (error || !authIdentity) {
    throw new Error(`Could not register the admin login: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "Telar", last_name: "Staff" } },
  })
  logger.info(`Created admin user ${email}.`)
}
