import { expect, test } from "@playwright/test"
import { adminGet, adminPost, findProduct } from "../support/backend"

test("a price change made by staff shows on the product page right away", async ({ page }) => {
  const piece = await findProduct((product) => product.variants.length === 1 && product.variants[0].inventory_quantity > 2)
  await page.goto(`/en/products/${piece.handle}`) // cached from here on
  const { product } = await adminGet(`/admin/products/${piece.id}?fields=*variants,*variants.prices`)
  const variant = product.variants[0]
  const usd = variant.prices.find((price: any) => price.currency_code === "usd")
  const newAmount = Number(usd.amount) + 7
  await adminPost(`/admin/products/${piece.id}/variants/${variant.id}`, {
    prices: variant.prices.map((price: any) =>
      price.id === usd.id
        ? { id: price.id, amount: newAmount, currency_code: "usd" }
        : { id: price.id, amount: price.amount, currency_code: price.currency_code }
    ),
  })
  const started = Date.now()
  const shown = `$${newAmount.toFixed(2)}`
  // Poll the server-rendered page (not the browser's cache) until the new price is in it.
  let fresh = false
  for (let i = 0; i < 200 && !fresh; i++) {
    fresh = (await (await page.request.get(`/en/products/${piece.handle}`)).text()).includes(shown)
    if (!fresh) await page.waitForTimeout(25)
  }
  const elapsed = Date.now() - started
  expect(fresh).toBe(true)
  await page.reload()
  await expect(page.getByRole("main").getByText(shown).first()).toBeVisible()
  console.log(`[freshness] new price in the storefront's HTML ${elapsed} ms after the admin API answered`)
})
