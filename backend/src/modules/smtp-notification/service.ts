import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { createTransport, type SendMailOptions, type Transporter } from "nodemailer"
import type { SmtpNotificationOptions } from "./config"
import { type RenderedMail, renderMail } from "./templates"

type InjectedDependencies = { logger: Logger }
type Mail = Pick<RenderedMail, "subject"> & Partial<Omit<RenderedMail, "subject">>

/**
 * Medusa notification provider for the "email" channel: renders Telar's templates (or the
 * notification's own `content`) and sends them over SMTP. Without a URL it writes each mail
 * to the log and says it was not delivered.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly logger_: Logger
  protected readonly options_: SmtpNotificationOptions
  protected readonly transporter_: Transporter | null

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.from !== "string" || !options.from.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs a `from` address.")
    }
  }

  constructor({ logger }: InjectedDependencies, options: SmtpNotificationOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    // Notifications are sent inline by createNotifications: a dead server must fail fast.
    this.transporter_ = options.url
      ? createTransport({ url: options.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : null
    if (!this.transporter_ && process.env.NODE_ENV === "production") {
      this.logger_.warn("SMTP_URL is not set: emails are written to the log, not delivered.")
    }
  }

  async send(notification: NotificationTypes.ProviderSendNotificationDTO): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const mail = this.compose_(notification)
    const from = notification.from?.trim() || this.options_.from
    if (!this.transporter_) {
      this.logMail_(notification, mail)
      return {}
    }
    const message: SendMailOptions = {
      from,
      to: notification.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: notification.attachments?.map((attachment) => ({
        filename: attachment.filename,
        content: attachment.content,
        encoding: "base64",
        contentType: attachment.content_type,
        contentDisposition: attachment.disposition === "inline" ? "inline" : "attachment",
        cid: attachment.id,
      })),
    }
    try {
      const info = await this.transporter_.sendMail(message)
      return { id: info.messageId }
    } catch (error) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Email "${notification.template}" to ${notification.to} was not sent: ${(error as Error).message}`
      )
    }
  }

  /** The caller's own `content` wins over the template, as in Medusa's other email providers. */
  protected compose_(notification: NotificationTypes.ProviderSendNotificationDTO): Mail {
    const content = notification.content
    if (content?.subject && (content.text || content.html)) {
      return { subject: content.subject, text: content.text, html: content.html }
    }
    return renderMail(notification.template, notification.data)
  }

  protected logMail_(notification: NotificationTypes.ProviderSendNotificationDTO, mail: Mail): void {
    const summary = `Email "${notification.template}" to ${notification.to} NOT delivered (SMTP_URL is not set). Subject: ${mail.subject}`
    // Invitation and reset links are credentials: a production log gets the summary only.
    const body = process.env.NODE_ENV === "production" ? "" : `\n${mail.text ?? mail.html ?? ""}`
    this.logger_.info(summary + body)
  }
}
