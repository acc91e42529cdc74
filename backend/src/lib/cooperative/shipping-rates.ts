/**
 * What a shopper pays to ship a cooperative's parcel, per shipping speed and currency (major
 * units, as Medusa prices are). Every cooperative's stock location gets these two options, named
 * in English with a Spanish translation (Medusa names a cart's shipping method in the cart's locale).
 */
export const SHIPPING_RATES = [
  {
    code: "standard",
    name: "Standard",
    description: "6–10 business days",
    es: { name: "Estándar", description: "6–10 días hábiles" },
    prices: { usd: 12, mxn: 150 },
  },
  {
    code: "express",
    name: "Express",
    description: "2–4 business days",
    es: { name: "Exprés", description: "2–4 días hábiles" },
    prices: { usd: 32, mxn: 420 },
  },
] as const

export type ShippingRateCode = (typeof SHIPPING_RATES)[number]["code"]

/** The locale Telar's Spanish content is stored under in Medusa's Translation module. */
export const SHIPPING_RATES_LOCALE = "es-MX"

export function isShippingRateCode(value: unknown): value is ShippingRateCode {
  return SHIPPING_RATES.some((rate) => rate.code === value)
}

export type ShippingOptionWithType = { id: string; type?: { id: string; code?: string | null } | null }

export type ShippingOptionTranslation = {
  reference: "shipping_option" | "shipping_option_type"
  reference_id: string
  locale_code: string
  translations: Record<string, string>
}

/**
 * The Spanish name of each option of a Telar rate, and its type's label and description. Options
 * that are not one of SHIPPING_RATES (made by hand in the admin) are left as they are.
 */
export function spanishShippingOptionTranslations(options: readonly ShippingOptionWithType[]): ShippingOptionTranslation[] {
  return options.flatMap((option): ShippingOptionTranslation[] => {
    const rate = SHIPPING_RATES.find((candidate) => candidate.code === option.type?.code)
    if (!rate || !option.type) return []
    return [
      { reference: "shipping_option", reference_id: option.id, locale_code: SHIPPING_RATES_LOCALE, translations: { name: rate.es.name } },
      {
        reference: "shipping_option_type",
        reference_id: option.type.id,
        locale_code: SHIPPING_RATES_LOCALE,
        translations: { label: rate.es.name, description: rate.es.description },
      },
    ]
  })
}
