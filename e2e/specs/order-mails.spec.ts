import { expect, test } from "@playwright/test"
import { ordersFor, stockedPiece } from "../support/backend"
import { checkout } from "../support/checkout"
import { waitForMail } from "../support/mail"
import { enrolCoordinator } from "../support/portal"
import { CARDS, uniqueEmail, US_ADDRESS } from "../support/shop"

test("a shopper buys a piece: the cooperative's coordinator gets the sale by mail, in Spanish, and the shopper the confirmation", async ({
  page,
  browser,
  baseURL,
}) => {
  const { piece, cooperative } = await stockedPiece()
  expect(cooperative.name).toBe(piece.cooperative.name)

  // The cooperative's coordinator accepts the invitation first: only active coordinators get sales.
  const portal = await browser.newContext({ locale: "es-MX" })
  const { email: coordinatorEmail } = await enrolCoordinator(await portal.newPage(), baseURL, {
    password: "ventas-portal-2026",
    name: "Pascuala Hernández",
    cooperativeId: cooperative.id,
  })
  await portal.close()

  const shopperEmail = uniqueEmail("mails")
  await page.goto(`/en/products/${piece.handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  await checkout(page, { email: shopperEmail, address: US_ADDRESS, card: CARDS.ok })
  await expect(page.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible({ timeout: 30_000 })
  const [order] = await ordersFor(shopperEmail)

  const confirmation = await waitForMail(shopperEmail)
  expect(confirmation.subject).toBe(`Your Telar order #${order.display_id}`)
  expect(confirmation.text).toContain(piece.title)
  expect(confirmation.text).toContain(cooperative.name)

  const sale = await waitForMail(coordinatorEmail, 20_000, (mail) => mail.subject.startsWith("Se vendió"))
  expect(sale.subject).toBe(`Se vendió 1 pieza de ${cooperative.name} (pedido #${order.display_id})`)
  expect(sale.text).toContain(US_ADDRESS.address_1)
  expect(sale.text).toContain(`${baseURL}/es/cooperativa`)
})
