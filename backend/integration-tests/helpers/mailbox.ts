import type { AddressInfo } from "node:net"
import { type AddressObject, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

/** One message as the SMTP server received it. */
export type ReceivedMail = {
  /** Envelope recipients (RCPT TO), lower-cased: where the mail was actually delivered. */
  to: string[]
  /** The From header's first address. */
  from: { name: string; address: string }
  subject: string
  text: string
  html: string
  headers: Map<string, unknown>
  receivedAt: Date
}

export type MailQuery = {
  to: string
  /** Exact subject, or a pattern it must match. */
  subject?: string | RegExp
  /** Default 10 s. */
  timeoutMs?: number
}

export type Mailbox = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string
  messages(): ReceivedMail[]
  /** The first message matching the query, waiting for it to arrive if needed. */
  waitForMail(query: MailQuery): Promise<ReceivedMail>
  clear(): void
  close(): Promise<void>
}

const matches = (mail: ReceivedMail, { to, subject }: MailQuery) =>
  mail.to.includes(to.toLowerCase()) &&
  (subject === undefined || (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject)))

const firstAddress = (header: AddressObject | undefined) => {
  const first = header?.value[0]
  return { name: first?.name ?? "", address: first?.address?.toLowerCase() ?? "" }
}

/** A real SMTP server on a free local port that keeps and parses every message it receives. */
export async function startMailbox(): Promise<Mailbox> {
  let received: ReceivedMail[] = []
  const waiters = new Set<() => void>()

  const server = new SMTPServer({
    // A plain local test server: no TLS upgrade, no login.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    async onData(stream, session, callback) {
      try {
        const parsed = await simpleParser(stream)
        received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
          from: firstAddress(parsed.from),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: parsed.html || "",
          headers: parsed.headers,
          receivedAt: new Date(),
        })
        for (const wake of waiters) wake()
        // Acknowledged only once stored: a resolved sendMail means the message is in the mailbox.
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => resolve())
  })
  const { port } = server.server.address() as AddressInfo

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages: () => [...received],
    waitForMail(query) {
      const timeoutMs = query.timeoutMs ?? 10_000
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find((mail) => matches(mail, query))
          if (!found) return false
          waiters.delete(check)
          clearTimeout(timer)
          resolve(found)
          return true
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          const seen = received.map((mail) => `${mail.to.join(",")}: ${mail.subject}`).join("; ") || "none"
          reject(
            new Error(
              `No mail to ${query.to} matching ${String(query.subject ?? "any subject")} within ${timeoutMs} ms (received: ${seen})`
            )
          )
        }, timeoutMs)
        if (!check()) waiters.add(check)
      })
    },
    clear() {
      received = []
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Starts a mailbox and points the backend's SMTP_URL at it. Call at the top of a spec file,
 * before medusaIntegrationTestRunner, so its beforeAll runs before the app reads its config.
 */
export function mailboxForSuite(): { readonly mailbox: Mailbox } {
  let mailbox: Mailbox | undefined
  beforeAll(async () => {
    mailbox = await startMailbox()
    process.env.SMTP_URL = mailbox.url
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    await mailbox?.close()
  })
  return {
    get mailbox() {
      if (!mailbox) throw new Error("The mailbox starts in beforeAll; use it inside a test or hook.")
      return mailbox
    },
  }
}
