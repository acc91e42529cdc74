import { expect, test } from "@playwright/test"
import { adminGet, adminPost, findProduct } from "../support/backend"

test("a price change made by staff shows on the product page right away", async ({ page }) => {
  const piece = await findProduct((product) => product.variants.length === 1 && product.variants[0].inventory_quantity > 2)
  await page.goto(`/en/products/${piece.handle}`) // cached from here on
  const { product } = await adminGet(`/admin/products/${piece.id}?fields=*variants,*variants.prices`)
  const variant = product.variants[0]
  const usd = variant.prices.find((price: any) => price.currency_code === "usd")
  const newAmount = Number(usd.amount) + 7
  const started = Date.now()
  await adminPost(`/admin/products/${piece.id}/variants/${variant.id}`, {
    prices: variant.prices.map((price: any) => (price.id === usd.id ? { id: price.id, amount: newAmount, currency_code: "usd" } : { id: price.id, amount: price.amount, currency_code: price.currency_code })),
  })
  const shown = `$${newAmount.toFixed(2)}`
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole("main").getByText(shown).first()).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
  console.log(`[freshness] new price visible on the storefront after ${Date.now() - started} ms`)
})
