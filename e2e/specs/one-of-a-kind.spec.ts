import { expect, test } from "@playwright/test"
import { findProduct, productByHandle } from "../support/backend"
import { checkout } from "../support/checkout"
import { CARDS, uniqueEmail, US_ADDRESS } from "../support/shop"

test("a one-of-a-kind piece bought once shows as sold out and cannot be added again", async ({ page }) => {
  const piece = await findProduct((product) => product.metadata?.one_of_a_kind === true && product.variants[0].inventory_quantity === 1)
  await page.goto(`/en/products/${piece.handle}`)
  await expect(page.getByText("One of a kind").first()).toBeVisible()
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  await checkout(page, { email: uniqueEmail("unique"), address: US_ADDRESS, card: CARDS.ok })
  await expect(page.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible({ timeout: 30_000 })

  expect((await productByHandle(piece.handle)).variants[0].inventory_quantity).toBe(0)
  await page.goto(`/en/products/${piece.handle}`)
  await expect(page.getByText("Sold out").first()).toBeVisible()
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeDisabled()
})
