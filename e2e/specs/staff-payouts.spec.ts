import { expect, test } from "@playwright/test"
import { adminLogin, BACKEND } from "../support/admin"
import { adminGet, storeGet } from "../support/backend"
import { screenshot } from "../support/screenshots"

const pesos = (centavos: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "MXN" }).format(centavos / 100)

// Runs after the shopper journeys (files run in name order): their orders earned the cooperatives money.
test("staff pay a cooperative what it is owed by SPEI in the admin, and the home page's paid figure moves by exactly that", async ({
  page,
}) => {
  const { balances } = await adminGet("/admin/payouts/balances")
  const owed = balances.find((row: any) => row.available > 0 && row.payout_method === "spei" && !row.payout_blocker)
  expect(owed, "the shopper journeys should have earned a SPEI cooperative money").toBeTruthy()
  const before = (await storeGet("/store/impact")).paid_to_cooperatives.amount as number

  await adminLogin(page)
  await page.goto(`${BACKEND}/app/payouts`)
  const balancesSection = page.getByTestId("payout-balances")
  await balancesSection.getByRole("checkbox", { name: `Pay ${owed.name}` }).check()
  await screenshot(page, "staff-payout-balances")
  await page.getByRole("button", { name: "Create payout batch" }).click()
  await page.getByRole("button", { name: "Create batch" }).click()
  await expect(page).toHaveURL(/\/app\/payouts\/batches\//, { timeout: 30_000 })
  await expect(page.getByRole("link", { name: "Download bank file (CSV)" })).toBeVisible()

  // The balance is taken out at once; the money counts as paid only with the bank's tracking key.
  const after = await adminGet("/admin/payouts/balances")
  expect(after.balances.find((row: any) => row.cooperative_id === owed.cooperative_id).available).toBe(0)
  expect((await storeGet("/store/impact")).paid_to_cooperatives.amount).toBe(before)

  const payout = page.getByTestId("payout-item").filter({ hasText: owed.name })
  await payout.getByRole("button", { name: "Mark paid" }).click()
  const key = `TELAR${Date.now()}`
  await page.getByLabel(/^Clave de rastreo \(tracking key\)/).fill(key)
  await page.getByRole("button", { name: "Confirm paid" }).click()
  await expect(payout.getByTestId("payout-settlement")).toContainText(key)
  await expect(page.getByTestId("payout-batch-status")).toHaveText("Paid")
  await screenshot(page, "staff-payout-batch-paid")

  expect((await storeGet("/store/impact")).paid_to_cooperatives.amount).toBe(before + owed.available)
  // The home page shows the new figure (refreshed by the backend's tag, not by waiting out a cache).
  await expect
    .poll(async () => {
      await page.goto("/en")
      return page.getByTestId("impact-paid").textContent()
    })
    .toContain(pesos(before + owed.available))
})
