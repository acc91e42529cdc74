"use server"

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { cache } from "react"
import { getLocale } from "next-intl/server"
import { groupByCooperative, sortLines, type CooperativeRef } from "@/lib/util/line-items"
import { stockProblems, type AvailabilityLine, type StockProblem } from "@/lib/util/stock"
import { addressFromForm, hasErrors, isEmail, toStoreAddress, validateAddress, type AddressErrors } from "@/modules/common/lib/address"
import { errorKeyFor, type ErrorKey } from "@/modules/checkout/lib/errors"
import { variantAvailability } from "@telar/fair-trade"
import { MEDUSA_LOCALE, type Locale } from "@/i18n/routing"
import { describeError, getAuthToken, getCartId, removeCartId, setCartId, setLastOrderId, storeFetch } from "./cookies"
import { getRegion, listRegions, type RegionCode } from "./regions"

/*
 * Everything about the visitor's cart. Each export is a Server Function: it only ever acts on
 * the cart named by the visitor's own httpOnly cookie, so calling it directly is harmless.
 */

export type StoreCart = HttpTypes.StoreCart
export type ActionResult = { ok: true } | { ok: false; error: ErrorKey }

// Option names and values for each line (the backend allows and translates these, see its line-item-options.ts).
const CART_QUERY = {
  fields:
    "+items.created_at,+items.variant.options.id,+items.variant.options.value,+items.variant.options.option_id,+items.product.options.id,+items.product.options.title",
}

function log(where: string, error: unknown) {
  const { status, message } = describeError(error)
  console.error(`[telar cart] ${where}: ${status} ${message}`)
}

/**
 * The visitor's open cart, or null (none yet, expired, or already turned into an order). Outside a
 * page (the header's cart route) the caller names the shopper's language.
 */
export async function retrieveCart(language?: string): Promise<StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  return fetchCart(id, await cartLocale(language))
}

/**
 * The cart's language: Medusa copies product titles into line items in the cart's locale (and
 * re-translates them when it changes), so the cart, checkout and order read in the shopper's language.
 */
async function cartLocale(language?: string): Promise<string> {
  const locale = (language ?? (await getLocale())) as Locale
  return MEDUSA_LOCALE[locale] ?? "en-US"
}

/** One fetch per render for the page and its parts (no memo outside a render). */
const fetchCart = cache(async (id: string, locale: string): Promise<StoreCart | null> => {
  try {
    const { cart } = await storeFetch<{ cart: StoreCart }>(`/store/carts/${id}`, { query: CART_QUERY })
    if (cart.completed_at) return null
    if ((cart as StoreCart & { locale?: string | null }).locale === locale) return cart
    // The shopper switched language since the cart was made: its lines follow.
    const updated = await storeFetch<{ cart: StoreCart }>(`/store/carts/${id}`, { method: "POST", body: { locale }, query: CART_QUERY })
    return updated.cart
  } catch (error) {
    const { status } = describeError(error)
    if (status !== 404) log("retrieve", error)
    return null
  }
})

async function createCart(language?: string): Promise<StoreCart> {
  const region = await getRegion()
  const { cart } = await storeFetch<{ cart: StoreCart }>("/store/carts", {
    method: "POST",
    body: { region_id: region.id, locale: await cartLocale(language) },
    query: CART_QUERY,
  })
  await setCartId(cart.id)
  return cart
}

async function getOrCreateCart(language?: string): Promise<StoreCart> {
  return (await retrieveCart(language)) ?? (await createCart(language))
}

/* ------------------------------------------------------------------ products behind the lines */

export type LineInfo = {
  /** cooperative by product id */
  cooperatives: Record<string, CooperativeRef>
  /** units left by variant id; null when stock is not tracked */
  stock: Record<string, number | null>
}

type ProductWithCooperative = HttpTypes.StoreProduct & { cooperative?: CooperativeRef | null }

/**
 * Which cooperative makes each product and how many of each variant are left. Stock changes
 * with every sale, so this is fetched fresh (it is public catalog data, not per visitor).
 */
export async function getLineInfo(productIds: string[]): Promise<LineInfo> {
  const ids = [...new Set(productIds.filter(Boolean))]
  const info: LineInfo = { cooperatives: {}, stock: {} }
  if (!ids.length) return info
  try {
    const { products } = await storeFetch<{ products: ProductWithCooperative[] }>("/store/products", {
      auth: false,
      query: {
        id: ids,
        limit: ids.length,
        fields:
          "id,cooperative.id,cooperative.handle,cooperative.name,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
      },
    })
    for (const product of products) {
      if (product.cooperative) {
        const { id, handle, name } = product.cooperative
        info.cooperatives[product.id] = { id, handle, name }
      }
      for (const variant of product.variants ?? []) {
        info.stock[variant.id] = variantAvailability(variant).available
      }
    }
  } catch (error) {
    log("line info", error)
  }
  return info
}

/* ------------------------------------------------------------------------------ availability */

export type Availability = { ok: boolean; problems: StockProblem[]; checked: boolean }

/**
 * Whether every line can still be had. Asks Telar's availability route; if that cannot answer,
 * falls back to the catalog's stock figures so the shopper is still warned.
 */
export async function checkAvailability(cart?: StoreCart | null): Promise<Availability> {
  const current = cart === undefined ? await retrieveCart() : cart
  if (!current?.items?.length) return { ok: true, problems: [], checked: true }
  try {
    const result = await storeFetch<{ ok: boolean; items: AvailabilityLine[] }>(`/store/carts/${current.id}/availability`)
    const problems = stockProblems(result.items)
    return { ok: result.ok && problems.length === 0, problems, checked: true }
  } catch (error) {
    log("availability", error)
    const info = await getLineInfo(current.items.map((item) => item.product_id ?? ""))
    const lines: AvailabilityLine[] = current.items.map((item) => ({
      line_item_id: item.id,
      variant_id: item.variant_id,
      title: item.product_title ?? item.title,
      requested: item.quantity,
      available: item.variant_id && item.variant_id in info.stock ? info.stock[item.variant_id] : null,
    }))
    const problems = stockProblems(lines)
    return { ok: problems.length === 0, problems, checked: false }
  }
}

/* ---------------------------------------------------------------------------------- line items */

/** Medusa ids only ("cali_01H…"): anything else never reaches a URL path. */
function isId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_]{1,64}$/.test(value)
}

function parseQuantity(value: unknown, fallback = 1): number {
  const quantity = Math.floor(Number(value ?? fallback))
  return Number.isFinite(quantity) ? quantity : fallback
}

export type AddResult = { ok: true; count: number } | { ok: false; error: ErrorKey | "allInCart"; available?: number }

/** Adds a piece to the cart (creating the cart on first use, in the page's language when given). */
export async function addToCart(input: { variantId: string; quantity?: number; locale?: string }): Promise<AddResult> {
  const variantId = typeof input?.variantId === "string" ? input.variantId.trim() : ""
  const quantity = parseQuantity(input?.quantity)
  if (!/^variant_[A-Za-z0-9]+$/.test(variantId) || quantity < 1 || quantity > 10) return { ok: false, error: "generic" }
  let cart: StoreCart
  try {
    cart = await getOrCreateCart(input?.locale === "es" || input?.locale === "en" ? input.locale : undefined)
  } catch (error) {
    log("create", error)
    return { ok: false, error: errorKeyFor(describeError(error)) }
  }
  try {
    const { cart: updated } = await storeFetch<{ cart: StoreCart }>(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity },
      query: { fields: "id,items.quantity" },
    })
    // No page refresh: product pages are cached and the header's cart fetches itself (CART_OPEN_EVENT).
    return { ok: true, count: (updated.items ?? []).reduce((sum, item) => sum + item.quantity, 0) }
  } catch (error) {
    const info = describeError(error)
    const key = errorKeyFor(info)
    if (key === "soldOut") {
      // Distinguish "sold out" from "you already have every one we have".
      const inCart = cart.items?.find((item) => item.variant_id === variantId)
      if (inCart) {
        const stock = (await getLineInfo([inCart.product_id ?? ""])).stock[variantId]
        if (stock && stock > 0) return { ok: false, error: "allInCart", available: stock }
      }
      return { ok: false, error: "soldOut" }
    }
    log("add", error)
    return { ok: false, error: key }
  }
}

export type LineResult = { ok: true } | { ok: false; error: ErrorKey; available?: number | null }

/** Sets a line's quantity (0 removes it). Refuses more than the stock left. */
export async function updateLineItem(input: { lineId: string; quantity: number }): Promise<LineResult> {
  const cartId = await getCartId()
  const lineId = input?.lineId
  const quantity = parseQuantity(input?.quantity, -1)
  if (!cartId || !isId(lineId) || quantity < 0 || quantity > 99) return { ok: false, error: "generic" }
  if (quantity === 0) return deleteLineItem(lineId)
  try {
    await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, {
      method: "POST",
      body: { quantity },
      query: { fields: "id" },
    })
    refresh()
    return { ok: true }
  } catch (error) {
    const key = errorKeyFor(describeError(error))
    if (key !== "soldOut") log("update line", error)
    return { ok: false, error: key }
  }
}

export async function deleteLineItem(lineId: string): Promise<LineResult> {
  const cartId = await getCartId()
  if (!cartId || !isId(lineId)) return { ok: false, error: "generic" }
  try {
    await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "DELETE", query: { fields: "id" } })
    refresh()
    return { ok: true }
  } catch (error) {
    const { status } = describeError(error)
    // Already gone (another tab): the cart is as the shopper wants it.
    if (status === 404) {
      refresh()
      return { ok: true }
    }
    log("delete line", error)
    return { ok: false, error: errorKeyFor(describeError(error)) }
  }
}

/** Brings every line within the stock left: reduces what is short, removes what is sold out. */
export async function fixStockProblems(): Promise<LineResult> {
  const cart = await retrieveCart()
  if (!cart) return { ok: false, error: "cartGone" }
  const { problems } = await checkAvailability(cart)
  for (const problem of problems) {
    const result =
      problem.available > 0
        ? await updateLineItem({ lineId: problem.line_item_id, quantity: problem.available })
        : await deleteLineItem(problem.line_item_id)
    if (!result.ok) return result
  }
  refresh()
  return { ok: true }
}

/* ---------------------------------------------------------------------------------- promotions */

export type PromoState = { ok: boolean; error?: ErrorKey | "promoEmpty"; applied?: string } | null

export async function applyPromoCode(_previous: PromoState, form: FormData): Promise<PromoState> {
  const code = String(form.get("code") ?? "").trim()
  if (!code) return { ok: false, error: "promoEmpty" }
  if (code.length > 64) return { ok: false, error: "promoInvalid" }
  const cartId = await getCartId()
  if (!cartId) return { ok: false, error: "cartGone" }
  const apply = (promoCode: string) =>
    storeFetch<{ cart: StoreCart }>(`/store/carts/${cartId}/promotions`, {
      method: "POST",
      body: { promo_codes: [promoCode] },
      query: { fields: "id,promotions.code" },
    })
  try {
    let cart: StoreCart
    try {
      ;({ cart } = await apply(code))
    } catch (error) {
      // Codes are matched exactly; shoppers type "bienvenida10" for "BIENVENIDA10".
      if (code === code.toUpperCase() || errorKeyFor(describeError(error)) !== "promoInvalid") throw error
      ;({ cart } = await apply(code.toUpperCase()))
    }
    refresh()
    const applied = (cart.promotions ?? []).some((promotion) => promotion.code?.toLowerCase() === code.toLowerCase())
    // Medusa accepts a real code whose conditions the cart does not meet, but applies nothing.
    return applied ? { ok: true, applied: code.toUpperCase() } : { ok: false, error: "promoNotApplicable" }
  } catch (error) {
    const key = errorKeyFor(describeError(error))
    if (key !== "promoInvalid") log("promo", error)
    return { ok: false, error: key === "notFound" ? "promoInvalid" : key }
  }
}

export async function removePromoCode(code: string): Promise<ActionResult> {
  const cartId = await getCartId()
  if (!cartId || typeof code !== "string" || !code) return { ok: false, error: "generic" }
  try {
    await storeFetch(`/store/carts/${cartId}/promotions`, {
      method: "DELETE",
      body: { promo_codes: [code] },
      query: { fields: "id" },
    })
    refresh()
    return { ok: true }
  } catch (error) {
    log("remove promo", error)
    return { ok: false, error: errorKeyFor(describeError(error)) }
  }
}

/* ------------------------------------------------------------------------------------- region */

/**
 * Called by the region switch after it stores the new region: moves an open cart to that
 * region so its prices switch currency. Never throws (the switch itself must still work).
 */
export async function onRegionChange(code: RegionCode): Promise<void> {
  if (code !== "us" && code !== "mx") return
  const cartId = await getCartId()
  if (!cartId) return
  try {
    const cart = await retrieveCart()
    if (!cart) return
    const region = (await listRegions()).find((candidate) => candidate.countries?.some((country) => country.iso_2 === code))
    if (!region || region.id === cart.region_id) return
    await storeFetch(`/store/carts/${cartId}`, {
      method: "POST",
      body: { region_id: region.id, locale: await cartLocale() },
      query: { fields: "id" },
    })
  } catch (error) {
    log("region change", error)
  }
}

/* ----------------------------------------------------------------------------------- checkout */

export type FormState = {
  ok: boolean
  error?: ErrorKey
  fieldErrors?: Record<string, string>
  /** Echo of what was typed, so a failed submit keeps it. */
  values?: Record<string, string>
} | null

export async function setCheckoutEmail(_previous: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim()
  if (!isEmail(email)) return { ok: false, fieldErrors: { email: "email" }, values: { email } }
  const cartId = await getCartId()
  if (!cartId) return { ok: false, error: "cartGone" }
  try {
    await storeFetch(`/store/carts/${cartId}`, { method: "POST", body: { email }, query: { fields: "id" } })
    refresh()
    return { ok: true }
  } catch (error) {
    log("email", error)
    return { ok: false, error: errorKeyFor(describeError(error)), values: { email } }
  }
}

function prefixed(errors: AddressErrors, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, problem]) => [prefix + field, problem as string]))
}

export async function setCheckoutAddresses(_previous: FormState, form: FormData): Promise<FormState> {
  const cart = await retrieveCart()
  if (!cart) return { ok: false, error: "cartGone" }
  const countries = (cart.region?.countries ?? []).map((country) => country.iso_2 ?? "").filter(Boolean)
  const shipping = addressFromForm(form, "shipping_")
  const sameAsShipping = form.get("billing_same") === "on"
  const billing = sameAsShipping ? shipping : addressFromForm(form, "billing_")
  const errors = {
    ...prefixed(validateAddress(shipping, countries), "shipping_"),
    // Billing may be anywhere; only its format is checked.
    ...(sameAsShipping ? {} : prefixed(validateAddress(billing, []), "billing_")),
  }
  const values = Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$")).map(([key, value]) => [key, String(value)]))
  if (hasErrors(errors)) return { ok: false, fieldErrors: errors, values }
  try {
    await storeFetch(`/store/carts/${cart.id}`, {
      method: "POST",
      body: { shipping_address: toStoreAddress(shipping), billing_address: toStoreAddress(billing) },
      query: { fields: "id" },
    })
    if (form.get("save_address") === "on" && (await getAuthToken())) {
      // Best effort: the address book is a convenience, checkout must not fail for it.
      await storeFetch("/store/customers/me/addresses", { method: "POST", body: toStoreAddress(shipping) }).catch((error) =>
        log("save address", error)
      )
    }
    refresh()
    return { ok: true }
  } catch (error) {
    log("addresses", error)
    return { ok: false, error: errorKeyFor(describeError(error)), values }
  }
}

export type PlaceOrderResult = { ok: false; error: ErrorKey; problems?: StockProblem[] } | { ok: true; orderId: string }

/**
 * Turns the cart into an order once the payment is authorized: checks stock once more, then
 * completes the cart. On success the cart cookie is cleared and the shopper goes to the
 * confirmation page.
 */
export async function placeOrder(): Promise<PlaceOrderResult> {
  const result = await completeVisitorCart()
  if (!result.ok) return result
  // next/navigation's redirect, not next-intl's: its module carries a client Link that every page
  // with the currency switch (which imports this file) would otherwise load.
  redirect(`/${await getLocale()}/order/${result.orderId}/confirmed`)
  return result
}

/** Shared by placeOrder and the 3-D Secure return route. Does not redirect. */
export async function completeVisitorCart(): Promise<PlaceOrderResult> {
  const cart = await retrieveCart()
  if (!cart) {
    return { ok: false, error: "cartGone" }
  }
  const availability = await checkAvailability(cart)
  if (!availability.ok) return { ok: false, error: "soldOut", problems: availability.problems }
  try {
    const result = await storeFetch<
      { type: "order"; order: HttpTypes.StoreOrder } | { type: "cart"; cart: StoreCart; error: { message?: string; name?: string } }
    >(`/store/carts/${cart.id}/complete`, { method: "POST" })
    if (result.type === "cart") {
      const message = result.error?.message ?? ""
      console.error(`[telar cart] complete refused: ${message}`)
      return { ok: false, error: errorKeyFor({ status: 400, message: message || "payment not authorized" }) }
    }
    await setLastOrderId(result.order.id)
    await removeCartId()
    return { ok: true, orderId: result.order.id }
  } catch (error) {
    const info = describeError(error)
    log("complete", error)
    const key = errorKeyFor(info)
    return { ok: false, error: key === "generic" && /payment/i.test(info.message) ? "paymentNotAuthorized" : key }
  }
}

/** The cart's lines grouped into one parcel per cooperative, with stock figures. */
export async function getCartView(cart: StoreCart) {
  const items = sortLines(cart.items ?? [])
  const info = await getLineInfo(items.map((item) => item.product_id ?? ""))
  const groups = groupByCooperative(items, (item) => (item.product_id ? info.cooperatives[item.product_id] : null))
  return { groups, stock: info.stock }
}
