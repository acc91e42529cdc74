import { expect, test } from "@playwright/test"
import { findProduct, ordersFor } from "../support/backend"
import { CARDS, expectAccessible, fillCard, registerShopper, uniqueEmail, US_ADDRESS } from "../support/shop"
import { checkout } from "../support/checkout"

test.describe.configure({ mode: "serial" })

test("a shopper searches, filters, reads where the money goes, pays by card and finds the order", async ({ page }) => {
  const email = uniqueEmail("journey")

  // Account first, so the order shows up in the order history.
  await registerShopper(page, email)

  // Search ignores accents: "ambar" finds the amber pieces.
  await page.goto("/en/store?q=ambar")
  await expect(page.getByRole("heading", { name: /Results for “ambar”/ })).toBeVisible()
  const results = page.getByRole("main").getByRole("link", { name: /amber/i })
  await expect(results.first()).toBeVisible()

  // Filter by a cooperative through the facet links.
  await page.goto("/en/store")
  await expectAccessible(page)
  const piece = await findProduct(
    (product) => !product.metadata?.one_of_a_kind && product.variants.length === 1 && product.variants[0].inventory_quantity > 3
  )
  await page.goto(`/en/store?cooperative=${piece.cooperative.handle}`)
  await expect(page.getByRole("link", { name: new RegExp(piece.title, "i") }).first()).toBeVisible()

  // The product page: cooperative, money split, add to cart.
  await page.goto(`/en/products/${piece.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: piece.title })).toBeVisible()
  await expect(page.getByRole("main").getByText(piece.cooperative.name).first()).toBeVisible()
  await expect(page.getByRole("heading", { name: "Where your money goes" })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  await page.goto("/en/cart")
  await expect(page.getByRole("main").getByText(piece.title).first()).toBeVisible()
  await expectAccessible(page)

  await checkout(page, { email: null, address: US_ADDRESS, card: CARDS.ok, axe: true })
  await expect(page.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible()
  const orderNumber = (await page
    .getByText(/Order #\d+/)
    .first()
    .textContent())!.match(/#(\d+)/)![1]

  await page.goto("/en/account/orders")
  await expect(page.getByText(`Order #${orderNumber}`).first()).toBeVisible()

  const orders = await ordersFor(email)
  expect(orders).toHaveLength(1)
  expect(String(orders[0].display_id)).toBe(orderNumber)
  expect(orders[0].payment_status).toBe("authorized")
})
