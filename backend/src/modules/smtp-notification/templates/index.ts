import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { coordinatorInvite } from "./coordinator-invite"
import { orderConfirmation } from "./order-confirmation"
import { parcelShipped } from "./parcel-shipped"
import { passwordReset } from "./password-reset"
import { pieceSold } from "./piece-sold"
import { productRequestApproved } from "./product-request-approved"
import { productRequestReturned } from "./product-request-returned"
import { returnInstructions } from "./return-instructions"
import { returnRefunded } from "./return-refunded"
import { type MailLocale, mailLocale, type RenderedMail } from "./types"

/** Every email Telar sends, by the `template` name of Medusa's notification. */
export const mailTemplates = {
  "coordinator-invite": coordinatorInvite,
  "order-confirmation": orderConfirmation,
  "piece-sold": pieceSold,
  "parcel-shipped": parcelShipped,
  "password-reset": passwordReset,
  "product-request-approved": productRequestApproved,
  "product-request-returned": productRequestReturned,
  "return-instructions": returnInstructions,
  "return-refunded": returnRefunded,
}

export type MailTemplateName = keyof typeof mailTemplates

/** The `data` a template needs, plus `locale` (the recipient's language, Spanish by default). */
export type MailTemplateData<Name extends MailTemplateName> = z.input<(typeof mailTemplates)[Name]["schema"]> & {
  locale?: MailLocale
}

const TEMPLATE_NAMES = new Set<string>(Object.keys(mailTemplates))

export function isMailTemplateName(name: string): name is MailTemplateName {
  return TEMPLATE_NAMES.has(name)
}

/** Renders a notification's template in the language of its `data.locale`. */
export function renderMail(template: string, data: Record<string, unknown> | null | undefined): RenderedMail {
  if (!isMailTemplateName(template)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no email template "${template}".`)
  }
  return mailTemplates[template].render(data, mailLocale(data?.locale))
}

export type { MailLocale, RenderedMail } from "./types"
export { MAIL_LOCALES, mailLocale } from "./types"
