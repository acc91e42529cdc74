import { expect, test } from "@playwright/test"

test("home answers in English and Spanish with the shop's name", async ({ page }) => {
  await page.goto("/en")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page).toHaveTitle(/Telar/)
  await page.goto("/es")
  await expect(page.locator("html")).toHaveAttribute("lang", "es")
})
