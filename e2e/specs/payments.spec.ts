import { expect, test } from "@playwright/test"
import { findProduct, ordersFor } from "../support/backend"
import { checkout } from "../support/checkout"
import { CARDS, uniqueEmail, US_ADDRESS } from "../support/shop"

async function putInCart(page: import("@playwright/test").Page) {
  const piece = await findProduct(
    (product) => !product.metadata?.one_of_a_kind && product.variants.length === 1 && product.variants[0].inventory_quantity > 5
  )
  await page.goto(`/en/products/${piece.handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  return piece
}

test("a declined card shows the bank's answer and creates no order", async ({ page }) => {
  const email = uniqueEmail("declined")
  await putInCart(page)
  await checkout(page, { email, address: US_ADDRESS, card: CARDS.declined })
  await expect(page.getByText("Your payment didn't go through")).toBeVisible()
  await expect(page.getByText(/declined/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/en\/checkout/)
  expect(await ordersFor(email)).toHaveLength(0)
})

test("a card that needs 3-D Secure passes its challenge and the order is placed", async ({ page }) => {
  const email = uniqueEmail("threeds")
  await putInCart(page)
  await checkout(page, { email, address: US_ADDRESS, card: CARDS.threeDS })
  const challenge = page.frameLocator('iframe[name="stripe-emulator-3ds"]')
  await challenge.getByRole("button", { name: "Complete authentication" }).click()
  await expect(page.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible({ timeout: 30_000 })
  const orders = await ordersFor(email)
  expect(orders).toHaveLength(1)
  expect(orders[0].payment_status).toBe("authorized")
})
