import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { isValidClabe } from "@telar/fair-trade"
import { CHIAPAS_REGIONS, COOPERATIVE_STATUSES } from "../../../modules/cooperative/models/cooperative"
import { PAYOUT_METHODS } from "../../../modules/cooperative/models/payout-account"
import { currencyCode, idList } from "../../utils/validators"

export const AdminGetCooperativeParams = createSelectParams()

export const AdminListCooperatives = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
  handle: z.union([z.string(), z.array(z.string())]).optional(),
  region: z.union([z.string(), z.array(z.string())]).optional(),
})

/** Images and links shown to shoppers: http(s) only (no javascript:, data: or file: URLs). */
const httpUrl = z
  .string()
  .max(2000)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), { message: "Must be an http:// or https:// URL." })

const handle = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "The handle may only use lowercase letters, digits and single hyphens, e.g. jolom-mayaetik.")

const clabe = z
  .string()
  .regex(/^\d{18}$/, "A CLABE has exactly 18 digits.")
  .refine(isValidClabe, "This CLABE's check digit is wrong: copy it again from the bank statement.")

/** Decimal money in major units: a non-negative number or numeric text, at most 2 decimals. */
export const moneyAmount = z.union([z.number(), z.string()]).superRefine((value, ctx) => {
  const text = typeof value === "number" ? String(value) : value.trim()
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not a number.` })
  } else if (text.startsWith("-")) {
    ctx.addIssue({ code: "custom", message: "Amounts cannot be negative." })
  } else if (/\.\d{3,}$/.test(text.replace(/0+$/, ""))) {
    ctx.addIssue({ code: "custom", message: "Use at most 2 decimals." })
  }
})

const payoutAccountFields = {
  method: z.enum(PAYOUT_METHODS),
  account_holder: z.string().min(2),
  clabe: clabe.nullish(),
  stripe_account_id: z
    .string()
    .regex(/^acct_[A-Za-z0-9]{6,}$/, "A Stripe account id looks like acct_1Abc...")
    .nullish(),
  currency_code: currencyCode,
}

// Defaults only when an account is created: zod 4 fills defaults even inside .partial(), which
// would silently reset the method and currency of an account a partial update never mentioned.
const payoutAccount = z
  .object({ ...payoutAccountFields, method: payoutAccountFields.method.default("spei"), currency_code: currencyCode.default("mxn") })
  .strict()
const payoutAccountUpdate = z.object(payoutAccountFields).partial().strict()

const cooperativeFields = {
  handle,
  name: z.string().min(2).max(160),
  community: z.string().min(1),
  municipality: z.string().min(1),
  region: z.enum(CHIAPAS_REGIONS),
  status: z.enum(COOPERATIVE_STATUSES).optional(),
  latitude: z.number().min(14).max(18.5),
  longitude: z.number().min(-94.5).max(-90),
  founded_year: z.number().int().min(1900).max(2100).nullish(),
  member_families: z.number().int().min(1).max(100000).nullish(),
  languages: z.array(z.string().min(1)).max(20).optional(),
  crafts: z.array(z.string().min(1)).max(30).optional(),
  /** The crafts' Spanish names, in the order of `crafts` (checked against it by the workflow). */
  crafts_es: z.array(z.string().min(1)).max(30).optional(),
  story_en: z.string().max(10000).optional(),
  story_es: z.string().max(10000).optional(),
  logo_url: httpUrl.nullish(),
  cover_url: httpUrl.nullish(),
  contact_email: z.string().email().nullish(),
  contact_phone: z.string().max(40).nullish(),
  is_demo: z.boolean().optional(),
}

export const AdminCreateCooperative = z
  .object({
    ...cooperativeFields,
    payout_account: payoutAccount.refine((account) => account.method !== "spei" || !!account.clabe, {
      message: "A SPEI payout account needs a CLABE.",
      path: ["clabe"],
    }),
    sales_channel_ids: z.array(z.string()).optional(),
  })
  .strict()

export const AdminUpdateCooperative = z
  .object({
    ...Object.fromEntries(Object.entries(cooperativeFields).map(([key, schema]) => [key, schema.optional()])),
    payout_account: payoutAccountUpdate.optional(),
  })
  .strict() as unknown as z.ZodType<Record<string, any>>

const artisanFields = {
  handle,
  name: z.string().min(2).max(160),
  craft: z.string().min(2).max(120),
  craft_es: z.string().min(2).max(120).nullish(),
  bio_en: z.string().max(4000).optional(),
  bio_es: z.string().max(4000).optional(),
  portrait_url: httpUrl.nullish(),
}

export const AdminCreateArtisan = z.object(artisanFields).strict()
export const AdminUpdateArtisan = z.object(artisanFields).partial().strict()

export const AdminLinkCooperativeProducts = z
  .object({ add: idList.optional(), remove: idList.optional() })
  .strict()
  .refine((body) => (body.add?.length ?? 0) + (body.remove?.length ?? 0) > 0, "Give product ids to add or remove.")

export const AdminSetProducerPrices = z
  .object({
    prices: z
      .array(z.object({ variant_id: z.string().min(1), amount: moneyAmount }).strict())
      .min(1)
      .max(500),
  })
  .strict()
