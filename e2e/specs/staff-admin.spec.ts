import { expect, test } from "@playwright/test"
import { adminGet } from "../support/backend"

const BACKEND = process.env.E2E_BACKEND_URL || "http://localhost:9000"

// Runs after the shopper journeys (files run in name order), which placed orders.
test("staff log into the admin dashboard over plain http and open an order", async ({ page, context }) => {
  const { orders } = await adminGet<{ orders: { id: string; display_id: number }[] }>(
    "/admin/orders?fields=id,display_id&limit=1&order=-created_at"
  )
  expect(orders.length, "the shopper journeys should have placed an order").toBeGreaterThan(0)

  await page.goto(`${BACKEND}/app/login`)
  await page.locator('input[name="email"]').fill(process.env.TELAR_ADMIN_EMAIL as string)
  await page.locator('input[name="password"]').fill(process.env.TELAR_ADMIN_PASSWORD as string)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })

  // The session is a cookie the browser kept (not Secure over http, SameSite=Lax).
  const session = (await context.cookies(BACKEND)).find((cookie) => cookie.name === "connect.sid")
  expect(session).toBeTruthy()
  expect(session!.secure).toBe(false)
  expect(session!.httpOnly).toBe(true)

  await page.goto(`${BACKEND}/app/orders/${orders[0].id}`)
  await expect(page.getByText(`#${orders[0].display_id}`).first()).toBeVisible({ timeout: 30_000 })
  // Reloading keeps the session: no bounce back to the login.
  await page.reload()
  await expect(page).toHaveURL(new RegExp(`/app/orders/${orders[0].id}`))
  await expect(page.getByText(`#${orders[0].display_id}`).first()).toBeVisible({ timeout: 30_000 })
})
