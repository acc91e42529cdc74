/**
 * What a shopper pays to ship a cooperative's parcel, per shipping speed and currency (major
 * units, as Medusa prices are). Every cooperative's stock location gets these two options.
 */
export const SHIPPING_RATES = [
  { code: "standard", name: "Standard", description: "6–10 business days", prices: { usd: 12, mxn: 150 } },
  { code: "express", name: "Express", description: "2–4 business days", prices: { usd: 32, mxn: 420 } },
] as const
