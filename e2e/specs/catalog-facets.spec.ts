import { expect, test } from "@playwright/test"
import { storeGet } from "../support/backend"

test("the catalog lists every category, a short list of techniques in the shopper's language, and clamps a page past the end", async ({
  page,
}) => {
  const { product_categories } = await storeGet<{ product_categories: { name: string }[] }>(
    "/store/product-categories?limit=100&fields=name"
  )
  await page.goto("/en/store")
  const categories = page.locator("#facet-category + ul li")
  // "All categories" plus one link per category that has pieces: none hidden without a way to show it.
  await expect(categories.getByText("Belts & sashes")).toBeVisible()
  await expect(categories.getByText("Wool garments")).toBeVisible()
  expect(await categories.count()).toBe(product_categories.length + 1)

  const techniques = page.locator('section[aria-labelledby="facet-technique"] a span:first-child')
  const labels = await techniques.allInnerTexts()
  expect(labels.length).toBeLessThanOrEqual(15)
  expect(labels.filter((label) => label.includes(","))).toEqual([])
  await page
    .getByRole("link", { name: /^Backstrap loom/ })
    .first()
    .click()
  await expect(page).toHaveURL(/technique=backstrap-loom/)

  await page.goto("/es/store")
  await expect(page.locator('section[aria-labelledby="facet-technique"]').getByText("Telar de cintura")).toBeVisible()

  await page.goto("/en/store?page=9")
  const status = page.getByRole("status").first()
  await expect(status).toHaveText(/Showing (\d+)–(\d+) of (\d+) pieces/)
  const [, from, to, count] = /Showing (\d+)–(\d+) of (\d+)/.exec(await status.innerText())!.map(Number)
  expect(to).toBe(count)
  expect(from).toBeLessThanOrEqual(to)
  expect(page.url()).not.toContain("page=9")
})

test("the home page features pieces from many cooperatives", async ({ page }) => {
  await page.goto("/en")
  const links = await page
    .locator('section[aria-labelledby="featured-heading"] a[href*="/products/"]')
    .evaluateAll((anchors) => [...new Set(anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname.split("/").pop()!))])
  expect(links.length).toBeGreaterThanOrEqual(8)
  const cooperatives = new Set<string>()
  for (const handle of links) {
    const { products } = await storeGet<{ products: any[] }>(`/store/products?handle=${handle}&fields=handle,+cooperative.handle`)
    cooperatives.add(products[0].cooperative.handle)
  }
  expect(cooperatives.size).toBeGreaterThanOrEqual(6)
})
