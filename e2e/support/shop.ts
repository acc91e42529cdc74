import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

export const CARDS = { ok: "4242424242424242", declined: "4000000000000002", threeDS: "4000002760003184" }

/** axe: no serious or critical violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`)
  ).toEqual([])
}

export type Address = { first_name: string; last_name: string; address_1: string; city: string; province?: string; postal_code: string }

export const US_ADDRESS: Address = {
  first_name: "Ana",
  last_name: "Rivera",
  address_1: "1200 Congress Ave",
  city: "Austin",
  province: "TX",
  postal_code: "78701",
}
export const MX_ADDRESS: Address = {
  first_name: "Lucía",
  last_name: "Gómez",
  address_1: "Av. Insurgentes Sur 1000",
  city: "Ciudad de México",
  province: "CDMX",
  postal_code: "03100",
}

/** Fills the emulator's Payment Element (Stripe.js stand-in) inside the checkout's payment step. */
export async function fillCard(page: Page, number: string) {
  const card = page.locator('input[name="cardnumber"]')
  await expect(card).toBeVisible({ timeout: 30_000 })
  await card.fill(number)
  await page.locator('input[name="exp-date"]').fill("12 / 34")
  await page.locator('input[name="cvc"]').fill("123")
}

export function uniqueEmail(tag: string) {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e4)}@example.org`
}

/** Creates a shopper account in the browser (Ana Rivera) and waits for the greeting: the page is then signed in. */
export async function registerShopper(page: Page, email: string, password = "a-long-password-1") {
  await page.goto("/en/account/register")
  await page.getByLabel("First name").fill("Ana")
  await page.getByLabel("Last name").fill("Rivera")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel(/^Password/).fill(password)
  await page.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByText(/Hello, Ana/).first()).toBeVisible()
}
