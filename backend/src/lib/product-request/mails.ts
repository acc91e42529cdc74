import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { PRODUCT_REQUEST_MODULE } from "../../modules/product-request"
import type ProductRequestModuleService from "../../modules/product-request/service"
import { type MailTemplateData, mailLocale } from "../../modules/smtp-notification/templates"
import { coordinatorPortalUrl } from "../coordinator/portal-url"
import { storefrontUrl } from "../notifications/links"
import { EMAIL_CHANNEL, type MailToSend, sendMailsOnce } from "../notifications/send"
import { productHandles } from "./requests"

export type ProductRequestReviewed = { id: string; revision: number }

type Outcome = "approved" | "returned"

/**
 * Who hears about a review: the coordinator who proposed the piece, while active; if they no
 * longer are, the cooperative's active coordinators, so the news is not lost.
 */
async function recipients(container: MedusaContainer, cooperativeId: string, coordinatorId: string) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const select = ["id", "name", "email", "preferred_language"]
  const [author] = await service.listCoordinators({ id: coordinatorId, status: "active" }, { select, take: 1 })
  if (author) return [author]
  return service.listCoordinators({ cooperative_id: cooperativeId, status: "active" }, { select })
}

/** The mails one review sends, in each recipient's language; keyed by request, revision and recipient. */
export async function productRequestMails(
  container: MedusaContainer,
  event: ProductRequestReviewed,
  outcome: Outcome
): Promise<MailToSend[]> {
  const [request] = await container
    .resolve<ProductRequestModuleService>(PRODUCT_REQUEST_MODULE)
    .listProductRequests({ id: event.id }, { take: 1 })
  // A replayed event for a request reviewed again since (or gone): the newer review mails for itself.
  if (!request || request.revision !== event.revision || request.status !== outcome) return []
  const cooperative = await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).retrieveCooperative(request.cooperative_id)
  const handle = outcome === "approved" ? (await productHandles(container, [request.product_id])).get(request.product_id ?? "") : null
  const people = await recipients(container, request.cooperative_id, request.coordinator_id)

  return people.flatMap((coordinator): MailToSend[] => {
    const locale = mailLocale(coordinator.preferred_language)
    const portal_url = coordinatorPortalUrl(locale, "requests")
    let template: "product-request-approved" | "product-request-returned"
    let data: MailTemplateData<"product-request-approved"> | MailTemplateData<"product-request-returned">
    if (outcome === "approved") {
      if (!handle) return []
      template = "product-request-approved"
      data = {
        locale,
        coordinator_name: coordinator.name,
        cooperative_name: cooperative.name,
        title: request.title_es,
        product_url: storefrontUrl(`/${locale}/products/${handle}`),
        portal_url,
      }
    } else {
      template = "product-request-returned"
      data = { locale, coordinator_name: coordinator.name, title: request.title_es, comment: request.staff_comment ?? "", portal_url }
    }
    return [
      {
        to: coordinator.email,
        channel: EMAIL_CHANNEL,
        template,
        data,
        trigger_type: `product_request.${outcome}`,
        resource_id: request.id,
        resource_type: "product_request",
        receiver_id: coordinator.id,
        idempotency_key: `product-request-${outcome}:${request.id}:${request.revision}:${coordinator.id}`,
      },
    ]
  })
}

/** Sends them once: a replayed event finds the keys sent and sends nothing. */
export async function sendProductRequestMails(container: MedusaContainer, event: ProductRequestReviewed, outcome: Outcome) {
  await sendMailsOnce(container, await productRequestMails(container, event, outcome))
}
