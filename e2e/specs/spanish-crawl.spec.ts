import { readFileSync } from "node:fs"
import path from "node:path"
import { expect, type Page, test } from "@playwright/test"
import { storeGet } from "../support/backend"
import { ES, fillAddress } from "../support/checkout"
import { CARDS, fillCard, US_ADDRESS, uniqueEmail } from "../support/shop"

// Every page type of the Spanish shop, read as a Spanish reader sees it (text, labels, alt texts):
// no string may be one the English shop uses, unless it reads the same in Spanish (names, sizes).
test.use({ locale: "es-MX" })
test.setTimeout(600_000)

type Source = { exact: Set<string>; patterns: RegExp[] }

const messagesDir = path.resolve(__dirname, "../../storefront/messages")

function flatten(tree: Record<string, unknown>, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(tree)) {
    if (value && typeof value === "object") Object.assign(out, flatten(value as Record<string, unknown>, `${prefix}${key}.`))
    else out[`${prefix}${key}`] = String(value)
  }
  return out
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** UI strings: each English message that the Spanish file words differently. */
function messageSources(source: Source) {
  const en = flatten(JSON.parse(readFileSync(path.join(messagesDir, "en.json"), "utf8")))
  const es = flatten(JSON.parse(readFileSync(path.join(messagesDir, "es.json"), "utf8")))
  for (const [key, english] of Object.entries(en)) {
    if (es[key] === english) continue
    // Plural/select messages and rich-text tags have no one literal form; their words are checked by the unit tests.
    if (/\{\w+,\s*(plural|select)/.test(english) || /<\w+>/.test(english)) continue
    if (!english.includes("{")) source.exact.add(english.trim())
    else {
      const literal = english.replace(/\{\w+\}/g, "").replace(/[^\p{L}]/gu, "")
      if (literal.length < 4) continue
      source.patterns.push(new RegExp(`^${escapeRegExp(english.trim()).replace(/\\\{\w+\\\}/g, ".+?")}$`))
    }
  }
}

/** Content strings: English product, option, category, cooperative and artisan text the API serves. */
async function contentSources(source: Source, names: Set<string>) {
  const fields = "handle,title,subtitle,description,material,metadata,options.title,options.values.value,categories.name,+cooperative.name"
  const [{ products: english }, { products: spanish }] = await Promise.all([
    storeGet(`/store/products?limit=500&fields=${fields}`),
    storeGet(`/store/products?limit=500&locale=es-MX&fields=${fields}`),
  ])
  const spanishTexts = new Set<string>()
  const collect = (product: any, into: (text: string) => void) => {
    for (const text of [product.title, product.subtitle, product.description, product.material]) if (text) into(text)
    for (const value of Object.values(product.metadata ?? {})) if (typeof value === "string") into(value)
    for (const option of product.options ?? []) {
      into(option.title)
      for (const value of option.values ?? []) into(value.value)
    }
    for (const category of product.categories ?? []) into(category.name)
  }
  for (const product of spanish) collect(product, (text) => spanishTexts.add(text.trim()))
  for (const product of english) {
    // A text the Spanish catalogue also carries unchanged reads the same in both (sizes, "150 cm").
    collect(product, (text) => !spanishTexts.has(text.trim()) && source.exact.add(text.trim()))
  }
  const { cooperatives } = await storeGet("/store/cooperatives")
  for (const cooperative of cooperatives) {
    for (const name of [cooperative.name, cooperative.community, cooperative.municipality]) if (name) names.add(name)
    for (const craft of cooperative.crafts ?? []) source.exact.add(craft)
    if (cooperative.story) source.exact.add(cooperative.story)
    const { cooperative: full } = await storeGet(`/store/cooperatives/${cooperative.handle}`)
    for (const artisan of full.artisans ?? []) {
      names.add(artisan.name)
      if (artisan.craft) source.exact.add(artisan.craft)
    }
  }
  // One piece of each category and each option name: every kind of product text a page shows.
  const sample = new Map<string, string>()
  for (const product of english) {
    for (const key of [...(product.categories ?? []).map((c: any) => `c:${c.name}`), ...product.options.map((o: any) => `o:${o.title}`)]) {
      if (!sample.has(key)) sample.set(key, product.handle)
    }
  }
  return [...new Set(sample.values())]
}

/** The visible words of the page: text nodes, labels, placeholders, alt and title attributes. */
async function readPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = []
    const visible = (element: Element | null) => {
      if (!element) return false
      const style = getComputedStyle(element)
      return style.display !== "none" && style.visibility !== "hidden"
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest("script,style,noscript,template")) continue
      if (parent.closest("[aria-hidden=true]") && !parent.closest("[role=img]")) continue
      if (!visible(parent)) continue
      const text = node.textContent?.trim()
      if (text) texts.push(text)
    }
    for (const element of document.querySelectorAll("[aria-label],[placeholder],[alt],[title]")) {
      for (const attribute of ["aria-label", "placeholder", "alt", "title"]) {
        const value = element.getAttribute(attribute)?.trim()
        if (value) texts.push(value)
      }
    }
    texts.push(document.title)
    return texts
  })
}

// Strings that read the same in both languages: brand and place names, codes, numbers, and the
// language switch, which names English in English.
const NEUTRAL = new Set(["English", "Telar", "Chiapas", "SKU", "Subtotal", "Total", "Stripe", "USD", "MXN", "Default"])
const isNeutral = (text: string, names: Set<string>) => NEUTRAL.has(text) || names.has(text) || text.replace(/[^\p{L}]/gu, "").length < 3

function englishIn(texts: string[], source: Source, names: Set<string>): string[] {
  return [
    ...new Set(
      texts.filter((text) => !isNeutral(text, names) && (source.exact.has(text) || source.patterns.some((pattern) => pattern.test(text))))
    ),
  ]
}

test("every Spanish page type reads Spanish", async ({ page }) => {
  const source: Source = { exact: new Set(), patterns: [] }
  const names = new Set<string>()
  messageSources(source)
  const sample = await contentSources(source, names)
  const { cooperatives } = await storeGet("/store/cooperatives")

  const check = async (label: string) => {
    const english = englishIn(await readPage(page), source, names)
    expect.soft(english, `English on ${label}`).toEqual([])
  }
  const visit = async (url: string) => {
    const response = await page.goto(url)
    expect(response?.status(), url).toBeLessThan(500)
    await check(url)
  }

  // The same reading of the English product page finds English: the crawl can fail.
  await page.goto(`/en/products/${sample[0]}`)
  expect(englishIn(await readPage(page), source, names).length).toBeGreaterThan(10)

  for (const url of ["/es", "/es/store", "/es/store?page=2", "/es/store?q=ambar", "/es/cooperatives"]) await visit(url)
  for (const cooperative of cooperatives) await visit(`/es/cooperatives/${cooperative.handle}`)
  for (const handle of sample) await visit(`/es/products/${handle}`)
  for (const url of [
    "/es/pagina-que-no-existe",
    "/es/account/login",
    "/es/account/register",
    "/es/account/forgot-password",
    "/es/cooperativa/entrar",
    "/es/cooperativa/olvide-contrasena",
  ]) {
    await visit(url)
  }

  // A signed-in shopper: the account pages, then the checkout without a contact step.
  await page.goto("/es/account/register")
  await page.getByLabel("Nombre").fill("Ana")
  await page.getByLabel("Apellidos").fill("Rivera")
  await page.getByLabel("Correo electrónico").fill(uniqueEmail("crawl"))
  await page.getByLabel(/^Contraseña/).fill("a-long-password-1")
  await page.getByRole("button", { name: "Crear cuenta" }).click()
  await expect(page.getByText(/Hola, Ana/).first()).toBeVisible()
  await check("account")

  // A cart with a piece that has options, opened as drawer and page, then every checkout step.
  const { products } = await storeGet("/store/products?limit=500&fields=handle,options.title,+variants.inventory_quantity")
  const withOptions = products.find(
    (product: any) =>
      product.options.some((option: any) => option.title !== "Default") &&
      product.variants.some((variant: any) => variant.inventory_quantity > 3)
  )
  await page.goto(`/es/products/${withOptions.handle}`)
  await page.getByRole("button", { name: "Agregar al carrito" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  await check("cart drawer")
  await visit("/es/cart")

  await page.goto("/es/checkout")
  await check("checkout")
  await fillAddress(page, US_ADDRESS, ES)
  await check("checkout: address")
  await page.getByRole("button", { name: ES.cont }).first().click()
  await expect(page.getByRole("radio", { name: ES.standard }).first()).toBeVisible()
  await check("checkout: delivery")
  await page.getByRole("radio", { name: ES.standard }).first().check()
  await page.getByRole("button", { name: ES.cont }).first().click()
  await fillCard(page, CARDS.ok)
  await check("checkout: payment")
  await page.getByRole("button", { name: ES.review }).click()
  await expect(page.getByRole("button", { name: ES.place })).toBeVisible()
  await check("checkout: review")
  await page.getByRole("button", { name: ES.place }).click()
  await expect(page.getByRole("heading", { name: "¡Gracias! Tu pedido está hecho." })).toBeVisible({ timeout: 30_000 })
  await check("confirmation")
  for (const url of ["/es/account/orders", "/es/account/addresses"]) await visit(url)
  await page.goto("/es/account/orders")
  await page.getByRole("main").getByRole("link", { name: /#\d+/ }).first().click()
  await expect(page).toHaveURL(/\/es\/account\/orders\/.+/)
  await check("account: order")
})
