import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * What a cart or order line may say about its variant: the value of each option and the option
 * names, read from the product. Medusa's store routes expand at most 3 relations, so the option
 * name comes from `items.product.options`, matched by `option_id`, not `items.variant.options.option`.
 */
export const LINE_ITEM_OPTION_FIELDS = [
  "items.variant.options.id",
  "items.variant.options.value",
  "items.variant.options.option_id",
  "items.product.options.id",
  "items.product.options.title",
]

type Translatable = { options?: unknown[] | null }
type Line = { variant?: Translatable | null; product?: Translatable | null }
type LineCarrier = { items?: Line[] | null; locale?: string | null }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null

/** The carts and orders of a store response: `{ cart }`, `{ order }`, `{ orders }` or a completed cart's `{ type, order }`. */
function lineCarriers(body: unknown): LineCarrier[] {
  if (!isObject(body)) return []
  const orders = Array.isArray(body.orders) ? body.orders : []
  return [body.cart, body.order, ...orders].filter(isObject) as LineCarrier[]
}

/** The variants and products whose options a response carries (only when they were asked for). */
function withOptions(carrier: LineCarrier): Translatable[] {
  return (carrier.items ?? []).flatMap((line) =>
    [line?.variant, line?.product].filter((entity): entity is Translatable => Array.isArray(entity?.options) && entity.options.length > 0)
  )
}

/**
 * Medusa translates product routes with `x-medusa-locale` but sends cart and order lines' variant
 * options as stored: this puts option names and values in the request's language (else the
 * cart's or order's own), through the Translation module, before the response leaves.
 */
export function translateLineItemOptions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const pending = lineCarriers(body).flatMap((carrier) => {
      const locale = req.locale ?? carrier.locale
      const objects = withOptions(carrier)
      return locale && objects.length ? [applyTranslations({ localeCode: locale, objects, container: req.scope })] : []
    })
    if (!pending.length) return json(body)
    Promise.all(pending)
      .catch((error: Error) => {
        // The options are still right, only in the catalogue's language: answer rather than fail.
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Line item options left untranslated: ${error.message}`)
      })
      .then(() => json(body))
      .catch(next)
    return res
  }
  next()
}
