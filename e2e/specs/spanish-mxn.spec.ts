import { expect, test } from "@playwright/test"
import { findProduct, ordersFor, storeGet } from "../support/backend"
import { checkout, ES } from "../support/checkout"
import { CARDS, MX_ADDRESS, uniqueEmail } from "../support/shop"

test.use({ locale: "es-MX" })

test("el recorrido completo en español, pagando en pesos", async ({ page }) => {
  const email = uniqueEmail("es")
  // First visit with a Spanish browser lands on /es.
  await page.goto("/")
  await expect(page).toHaveURL(/\/es(\/|$)/)
  await expect(page.locator("html")).toHaveAttribute("lang", "es")

  await page.getByRole("button", { name: "Mostrar precios en pesos mexicanos (MXN)" }).click()
  await expect(page.getByRole("button", { name: "Mostrar precios en pesos mexicanos (MXN)" })).toHaveAttribute("aria-pressed", "true")

  const piece = await findProduct(
    (product) => !product.metadata?.one_of_a_kind && product.variants.length === 1 && product.variants[0].inventory_quantity > 5
  )
  await page.goto(`/es/products/${piece.handle}`)
  await expect(page.getByRole("heading", { name: "A dónde va tu dinero" })).toBeVisible()
  // The price shown is the México region's price in pesos.
  const { regions } = await storeGet("/store/regions")
  const mx = regions.find((region: any) => region.currency_code === "mxn")
  const { products } = await storeGet(`/store/products?handle=${piece.handle}&region_id=${mx.id}&fields=*variants.calculated_price`)
  const pesos = new Intl.NumberFormat("es-MX", { style: "currency", currency: "MXN" }).format(
    products[0].variants[0].calculated_price.calculated_amount
  )
  await expect(page.getByRole("main").getByText(pesos, { exact: true }).first()).toBeVisible()
  await page.getByRole("button", { name: "Agregar al carrito" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  // The cart speaks Spanish: its line carries the piece's Spanish title, not the English one.
  const translated = await storeGet(`/store/products?handle=${piece.handle}&locale=es-MX&fields=title`)
  const spanishTitle: string = translated.products[0].title
  expect(spanishTitle).not.toBe(piece.title)
  await expect(page.getByRole("dialog").getByText(spanishTitle).first()).toBeVisible()
  await expect(page.getByRole("dialog").getByText(piece.title, { exact: true })).toHaveCount(0)

  await checkout(page, { email, address: MX_ADDRESS, card: CARDS.ok, labels: ES, locale: "es" })
  await expect(page.getByRole("heading", { name: "¡Gracias! Tu pedido está hecho." })).toBeVisible({ timeout: 30_000 })

  await expect(page.getByRole("main").getByText(spanishTitle).first()).toBeVisible()
  await expect(page.getByRole("main").getByText(piece.title, { exact: true })).toHaveCount(0)

  const orders = await ordersFor(email)
  expect(orders).toHaveLength(1)
  expect(orders[0].currency_code).toBe("mxn")
})
