import { expect, type Locator, type Page } from "@playwright/test"
import { expectAccessible, fillCard, type Address } from "./shop"

export type Labels = {
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

export const EN: Labels = {
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

  await fillAddress(page, address, labels)
  await page.getByRole("button", { name: labels.cont }).first().click()

  await page.getByRole("radio", { name: labels.standard }).check()
  await page.getByRole("button", { name: labels.cont }).first().click()

  await fillCard(page, card)
  await page.getByRole("button", { name: labels.review }).click()
  if (axe) await expectAccessible(page)
  await page.getByRole("button", { name: labels.place }).click()
}

/** Fills the open address step; the state is picked from its list where the country has one. */
export async function fillAddress(page: Page, address: Address, labels: Labels = EN) {
  // The address step opens (and may prefill from the account) after the contact step saves.
  await expect(page.getByLabel(labels.first).first()).toBeEditable()
  await page.waitForLoadState("networkidle")
  const fields: [RegExp, string | undefined][] = [
    [labels.first, address.first_name],
    [labels.last, address.last_name],
    [labels.street, address.address_1],
    [labels.city, address.city],
    [labels.postal, address.postal_code],
  ]
  for (const [label, value] of fields) {
    if (value === undefined) continue
    const field = page.getByLabel(label).first()
    await field.fill(value)
    await expect(field).toHaveValue(value)
  }
  if (address.province !== undefined) await chooseState(page.getByLabel(labels.state).first(), address.province)
}

// Test addresses give the state as people write it; the list knows it by name or ISO code.
const STATE_NAMES: Record<string, string> = { cdmx: "Ciudad de México" }

async function chooseState(field: Locator, state: string) {
  if ((await field.evaluate((element) => element.tagName)) !== "SELECT") {
    await field.fill(state)
    await expect(field).toHaveValue(state)
    return
  }
  const wanted = (STATE_NAMES[state.toLowerCase()] ?? state).toLowerCase()
  const options = await field
    .locator("option")
    .evaluateAll((nodes) => nodes.map((node) => ({ value: (node as HTMLOptionElement).value, label: node.textContent ?? "" })))
  const option = options.find(
    ({ value, label }) => value && (value === wanted || value.split("-").pop() === wanted || label.toLowerCase() === wanted)
  )
  if (!option) throw new Error(`no state "${state}" among ${options.map(({ value }) => value).join(", ")}`)
  await field.selectOption(option.value)
  await expect(field).toHaveValue(option.value)
}

export async function expectOnConfirmation(page: Page, heading: RegExp) {
  await expect(page.getByRole("heading", { name: heading })).toBeVisible({ timeout: 30_000 })
}
