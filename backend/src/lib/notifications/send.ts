import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The email channel our SMTP provider (or its mail-log stand-in) serves. */
export const EMAIL_CHANNEL = "email"

export type MailToSend = CreateNotificationDTO & { idempotency_key: string }

/**
 * Medusa's notification table has a unique index on idempotency_key: when two workers race on
 * one event, the loser's insert is refused ("Notification with idempotency_key: …, already
 * exists.") while the winner sends.
 */
function isDuplicateKey(error: unknown): boolean {
  const message = String((error as Error | undefined)?.message ?? "")
  return /idempotency_key/i.test(message) && /already exists|duplicate|unique/i.test(message)
}

/**
 * Sends each mail at most once per idempotency key (the notification module skips a key it has
 * already sent), one at a time so that one refused address does not hold back the others.
 * Throws after trying them all if any failed, so the event's log says which.
 */
export async function sendMailsOnce(container: MedusaContainer, mails: MailToSend[]): Promise<void> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const failures: string[] = []
  for (const mail of mails) {
    try {
      await notifications.createNotifications(mail)
    } catch (error) {
      if (isDuplicateKey(error)) continue
      failures.push(`${mail.idempotency_key}: ${(error as Error).message}`)
    }
  }
  if (failures.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${failures.length} of ${mails.length} mails were not sent: ${failures.join("; ")}`
    )
  }
}
