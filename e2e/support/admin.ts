import { expect, type Page } from "@playwright/test"

export const BACKEND = process.env.E2E_BACKEND_URL || "http://localhost:9000"

/** Logs into Medusa's admin dashboard in the browser with the stack's staff login. */
export async function adminLogin(page: Page) {
  await page.goto(`${BACKEND}/app/login`)
  await page.locator('input[name="email"]').fill(process.env.TELAR_ADMIN_EMAIL as string)
  await page.locator('input[name="password"]').fill(process.env.TELAR_ADMIN_PASSWORD as string)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })
}
