// The mail npm start's catcher received (its JSON API), for journeys that follow an email's link.
const MAIL = process.env.E2E_MAIL_URL || "http://localhost:1080"

export type CaughtMail = { to: string[]; subject: string; text: string; html: string }

/** Waits for the first message to `to` (default 20 s), or the first one `matching`. */
export async function waitForMail(
  to: string,
  timeoutMs = 20_000,
  matching: (mail: CaughtMail) => boolean = () => true
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const response = await fetch(`${MAIL}/api/messages?to=${encodeURIComponent(to)}`)
    const message = ((await response.json()) as CaughtMail[]).find(matching)
    if (message) return message
    if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((candidate) => candidate.startsWith(prefix))
  if (!link) throw new Error(`no ${prefix} link in: ${mail.text}`)
  return link
}
