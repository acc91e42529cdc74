import { expect, test } from "@playwright/test"
import { findProduct } from "../support/backend"

test("the quantity chosen on the product page goes into the cart, up to what is left", async ({ page }) => {
  const piece = await findProduct(
    (product) => !product.metadata?.one_of_a_kind && product.variants.length === 1 && product.variants[0].inventory_quantity > 5
  )
  await page.goto(`/en/products/${piece.handle}`)
  const quantity = page.getByRole("spinbutton", { name: "Quantity" })
  await expect(quantity).toHaveValue("1")
  await page.getByRole("button", { name: "Increase quantity" }).click()
  await page.getByRole("button", { name: "Increase quantity" }).click()
  await expect(quantity).toHaveValue("3")
  await page.getByRole("button", { name: "Decrease quantity" }).click()
  await expect(quantity).toHaveValue("2")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()

  await page.goto("/en/cart")
  await expect(page.getByRole("main").getByLabel(`Quantity of ${piece.title}`)).toHaveValue("2")

  // A one-of-a-kind piece is bought alone: no quantity to choose.
  const unique = await findProduct((product) => product.metadata?.one_of_a_kind && product.variants[0].inventory_quantity > 0)
  await page.goto(`/en/products/${unique.handle}`)
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeVisible()
  await expect(page.getByRole("spinbutton", { name: "Quantity" })).toHaveCount(0)
})

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const locale of ["en", "es"] as const) {
    test(`/${locale}: the header is one row and the title, price and add-to-cart show without scrolling`, async ({ page }) => {
      const piece = await findProduct(
        (product) => !product.metadata?.one_of_a_kind && product.variants.length > 1 && product.variants[0].inventory_quantity > 0
      )
      await page.goto(`/${locale}/products/${piece.handle}`)
      const header = await page.locator("header").first().boundingBox()
      expect(header?.height).toBeLessThan(80)
      // The way to the shopper's account is in the header on a phone too.
      await expect(
        page
          .getByRole("banner")
          .getByRole("link", { name: locale === "en" ? "Account" : "Mi cuenta" })
          .first()
      ).toBeVisible()

      const addToCart = page.getByRole("button", { name: locale === "en" ? "Add to cart" : "Agregar al carrito" })
      const bottoms = await Promise.all(
        [page.getByRole("heading", { level: 1 }), page.getByTestId("product-price").first(), addToCart].map(async (locator) => {
          await expect(locator).toBeVisible()
          const box = await locator.boundingBox()
          return (box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)
        })
      )
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(844)
    })
  }
})
