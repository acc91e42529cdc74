/** Sender when TELAR_MAIL_FROM is unset. */
export const DEFAULT_MAIL_FROM = "Telar <no-reply@telar.local>"

export type SmtpNotificationOptions = {
  /** e.g. smtp://127.0.0.1:1025 or smtps://user:pass@smtp.example.org; unset writes mail to the log. */
  url?: string
  from: string
  /** Medusa's notification module routes a channel to the provider that lists it. */
  channels: string[]
}

/** The email provider's options from SMTP_URL and TELAR_MAIL_FROM. */
export function mailOptions(env: NodeJS.ProcessEnv = process.env): SmtpNotificationOptions {
  return {
    url: env.SMTP_URL?.trim() || undefined,
    from: env.TELAR_MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
    channels: ["email"],
  }
}
