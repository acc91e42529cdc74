import { expect, type Page } from "@playwright/test"
import { expectAccessible, fillCard, type Address } from "./shop"

type Labels = {
  email: RegExp
  cont: RegExp
  review: RegExp
  place: RegExp
  first: RegExp
  last: RegExp
  street: RegExp
  city: RegExp
  state: RegExp
  postal: RegExp
  standard: RegExp
}

const EN: Labels = {
  email: /^Email/,
  cont: /^Continue$/,
  review: /^Review order$/,
  place: /^Place order/,
  first: /^First name/,
  last: /^Last name/,
  street: /^Street address/,
  city: /^City/,
  state: /^State/,
  postal: /^(ZIP code|Postal code)/,
  standard: /^Standard/,
}

export const ES: Labels = {
  email: /^Correo electrónico/,
  cont: /^Continuar$/,
  review: /^Revisar el pedido$/,
  place: /^Hacer el pedido/,
  first: /^Nombre/,
  last: /^Apellidos/,
  street: /^Calle y número/,
  city: /^Ciudad/,
  state: /^Estado/,
  postal: /^Código postal/,
  standard: /^Estándar/,
}

/** Walks the checkout from the cart: contact, address, delivery, card, review, place order. */
export async function checkout(
  page: Page,
  {
    email,
    address,
    card,
    labels = EN,
    axe = false,
    locale = "en",
  }: { email: string | null; address: Address; card: string; labels?: Labels; axe?: boolean; locale?: string }
) {
  await page.goto(`/${locale}/checkout`)
  if (axe) await expectAccessible(page)
  const emailField = page.getByLabel(labels.email).first()
  await expect(page.getByLabel(labels.first).first().or(emailField)).toBeVisible()
  // A signed-in shopper's contact step is already done: then the first "Continue" is the address's.
  if (await emailField.isVisible()) {
    if (email) await emailField.fill(email)
    await page.getByRole("button", { name: labels.cont }).first().click()
  }

  // The address step opens (and may prefill from the account) after the contact step saves.
  await expect(page.getByLabel(labels.first).first()).toBeEditable()
  await page.waitForLoadState("networkidle")
  const fields: [RegExp, string | undefined][] = [
    [labels.first, address.first_name],
    [labels.last, address.last_name],
    [labels.street, address.address_1],
    [labels.city, address.city],
    [labels.state, address.province],
    [labels.postal, address.postal_code],
  ]
  for (const [label, value] of fields) {
    if (value === undefined) continue
    const field = page.getByLabel(label).first()
    await field.fill(value)
    await expect(field).toHaveValue(value)
  }
  await page.getByRole("button", { name: labels.cont }).first().click()

  await page.getByRole("radio", { name: labels.standard }).check()
  await page.getByRole("button", { name: labels.cont }).first().click()

  await fillCard(page, card)
  await page.getByRole("button", { name: labels.review }).click()
  if (axe) await expectAccessible(page)
  await page.getByRole("button", { name: labels.place }).click()
}

export async function expectOnConfirmation(page: Page, heading: RegExp) {
  await expect(page.getByRole("heading", { name: heading })).toBeVisible({ timeout: 30_000 })
}
