import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromMinor, moneySplit } from "@telar/fair-trade"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { PendingRequest } from "./product-requests"

/** The Translation module's locale the shop's Spanish pages read. */
export const SPANISH_LOCALE = "es-MX"

/** What staff add when they approve: the shopper's prices (integer minor units) and, if they wish, English text. */
export type ApprovalInput = {
  id: string
  reviewed_by: string
  price_usd: number
  price_mxn: number
  title_en?: string
  description_en?: string
  material_en?: string
  technique_en?: string
  category_id?: string
}

export type ApprovalPlan = {
  cooperative_id: string
  location_id: string
  producer_price: { amount: string; currency_code: string }
  stock: number
  product: {
    title: string
    handle: string
    description: string
    material: string
    status: ProductStatus
    origin_country: string
    shipping_profile_id: string
    category_ids?: string[]
    thumbnail: string | null
    images: { url: string }[]
    metadata: Record<string, unknown>
    sales_channels: { id: string }[]
    options: { title: string; values: string[] }[]
    variants: {
      title: string
      sku: string
      options: Record<string, string>
      manage_inventory: boolean
      allow_backorder: boolean
      prices: { amount: number; currency_code: string }[]
    }[]
  }
  spanish: { title: string; description: string; material: string }
}

type CooperativeForApproval = {
  id: string
  name: string
  handle: string
  payout_account?: { currency_code?: string | null } | null
  stock_location?: { id: string; sales_channels?: ({ id: string } | null)[] | null } | null
}

/** A URL-safe handle from a title ("Huipil de Zinacantán" -> "huipil-de-zinacantan"). */
export function handleFrom(title: string, suffix: string): string {
  const base = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "")
  return `${base || "pieza"}-${suffix.toLowerCase()}`
}

/** Medusa stores prices as decimals in major units; Telar carries integer minor units up to here. */
const asMedusaAmount = (minor: number, currency: string) => fromMinor(minor, currency) as unknown as number

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Everything the approval writes, read and checked before anything is written: the cooperative
 * must have a stock location and sales channels, staff's prices must cover the producer price,
 * and the category must exist. The product starts as a draft; it is published last.
 */
export const planApprovalStep = createStep(
  "plan-product-request-approval",
  async ({ request, input }: { request: PendingRequest; input: ApprovalInput }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: cooperatives } = await query.graph({
      entity: "cooperative",
      fields: ["id", "name", "handle", "payout_account.currency_code", "stock_location.id", "stock_location.sales_channels.id"],
      filters: { id: request.cooperative_id },
    })
    const cooperative = cooperatives[0] as unknown as CooperativeForApproval | undefined
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The request's cooperative "${request.cooperative_id}" is gone.`)
    const locationId: string | undefined = cooperative.stock_location?.id
    if (!locationId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${cooperative.name} has no stock location: set it up first.`)

    const payoutCurrency = (cooperative.payout_account?.currency_code ?? "mxn").toLowerCase()
    if (payoutCurrency !== request.producer_price_currency.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The request's producer price is in ${request.producer_price_currency.toUpperCase()}, but ${cooperative.name} is paid in ${payoutCurrency.toUpperCase()}: return it to the coordinator.`
      )
    }
    const producerPrice = { amount: request.producer_price_amount, currency: payoutCurrency }
    const cooperativeModule = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    for (const [currency, amount] of [
      ["mxn", input.price_mxn],
      ["usd", input.price_usd],
    ] as const) {
      const current = currency === payoutCurrency ? null : await cooperativeModule.currentExchangeRate(payoutCurrency, currency)
      // Without a rate the USD price cannot be compared here; the checkout's split will flag it.
      if (currency !== payoutCurrency && !current) continue
      const split = moneySplit({
        price: { amount, currency },
        producerPrice,
        exchangeRate: current ? { from: current.from, to: current.to, rate: current.rate } : undefined,
      })
      if (split.belowProducerPrice) {
        throw invalid(
          `The ${currency.toUpperCase()} price (${fromMinor(amount, currency)}) does not cover the producer price the cooperative asks (${fromMinor(producerPrice.amount, payoutCurrency)} ${payoutCurrency.toUpperCase()}).`
        )
      }
    }

    let channels = (cooperative.stock_location?.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : []))
    if (!channels.length) {
      const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
      channels = stores.flatMap((store) => (store.default_sales_channel_id ? [store.default_sales_channel_id] : []))
    }
    if (!channels.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No sales channel sells this cooperative's pieces.")

    if (input.category_id) {
      const { data: categories } = await query.graph({ entity: "product_category", fields: ["id"], filters: { id: input.category_id } })
      if (!categories.length) throw invalid(`There is no category "${input.category_id}".`)
    }
    const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
    if (!profile) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No default shipping profile exists.")

    const title = input.title_en?.trim() || request.title_es
    const suffix = request.id.slice(-6)
    const images = request.photos.map((photo) => ({ url: photo.url }))
    const plan: ApprovalPlan = {
      cooperative_id: cooperative.id,
      location_id: locationId,
      producer_price: { amount: fromMinor(request.producer_price_amount, payoutCurrency), currency_code: payoutCurrency },
      stock: request.stock,
      product: {
        title,
        handle: handleFrom(title, suffix),
        description: input.description_en?.trim() || request.story_es,
        material: input.material_en?.trim() || request.materials,
        status: ProductStatus.DRAFT,
        origin_country: "mx",
        shipping_profile_id: profile.id,
        ...(input.category_id ? { category_ids: [input.category_id] } : {}),
        thumbnail: images[0]?.url ?? null,
        images,
        // Metadata is not translatable: the technique carries its Spanish beside it, as the seed's do.
        metadata: {
          technique: input.technique_en?.trim() || request.technique,
          technique_es: request.technique,
          one_of_a_kind: request.stock === 1,
          product_request_id: request.id,
        },
        sales_channels: channels.map((id) => ({ id })),
        // One variant: the storefront hides the single "Default" option by its English title.
        options: [{ title: "Default", values: ["Default"] }],
        variants: [
          {
            title: "Default",
            sku: `${cooperative.handle}-${suffix}`.toUpperCase(),
            options: { Default: "Default" },
            manage_inventory: true,
            allow_backorder: false,
            prices: [
              { amount: asMedusaAmount(input.price_usd, "usd"), currency_code: "usd" },
              { amount: asMedusaAmount(input.price_mxn, "mxn"), currency_code: "mxn" },
            ],
          },
        ],
      },
      spanish: { title: request.title_es, description: request.story_es, material: request.materials },
    }
    return new StepResponse(plan)
  }
)
