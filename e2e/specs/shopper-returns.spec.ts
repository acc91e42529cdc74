import { expect, test } from "@playwright/test"
import { adminLogin, BACKEND } from "../support/admin"
import { adminGet, adminPost, findProduct, ordersFor, productByHandle } from "../support/backend"
import { checkout } from "../support/checkout"
import { waitForMail } from "../support/mail"
import { screenshot } from "../support/screenshots"
import { stripeGet } from "../support/stripe"
import { CARDS, registerShopper, US_ADDRESS, uniqueEmail } from "../support/shop"

const balanceOf = async (cooperativeId: string) =>
  (await adminGet(`/admin/cooperatives/${cooperativeId}/ledger?limit=1`)).balance.amount as number

test("a shopper returns a piece from the account page, staff receive it in the admin: the card is refunded, the piece is on sale again and the cooperative's balance drops by exactly its share", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const email = uniqueEmail("returns")
  await registerShopper(page, email)

  // A one-of-a-kind piece: once back, it must be on sale again.
  const piece = await findProduct((product) => product.metadata?.one_of_a_kind === true && product.variants[0].inventory_quantity === 1)
  await page.goto(`/en/products/${piece.handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  await checkout(page, { email: null, address: US_ADDRESS, card: CARDS.ok })
  await expect(page.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible({ timeout: 30_000 })
  expect((await productByHandle(piece.handle)).variants[0].inventory_quantity).toBe(0)

  const [order] = await ordersFor(email)
  const { parcels } = await adminGet(`/admin/orders/${order.id}/cooperative-parcels`)
  expect(parcels).toHaveLength(1)
  const cooperativeId = parcels[0].cooperative.id as string
  // The earning the order wrote for the piece's cooperative: what the return must take back, to the centavo.
  const { ledger_entries: earnings } = await adminGet(`/admin/cooperatives/${cooperativeId}/ledger?order_id=${order.id}&type=earning`)
  expect(earnings).toHaveLength(1)
  const share = earnings[0].amount as number
  expect(share).toBeGreaterThan(0)

  // Returns open once the parcel ships (staff ship it: that charges the card).
  await adminPost(`/admin/orders/${order.id}/cooperative-parcels/${cooperativeId}/ship`, {})
  const paid = await adminGet(
    `/admin/orders/${order.id}?fields=payment_collections.payments.data,payment_collections.payments.captures.amount`
  )
  const intentId = paid.order.payment_collections[0].payments[0].data.id as string
  expect((await stripeGet(`/v1/payment_intents/${intentId}`)).status).toBe("succeeded")
  const balanceBefore = await balanceOf(cooperativeId)

  // The shopper asks for the return from the order's page in the account.
  await page.goto(`/en/account/orders/${order.id}`)
  const form = page.getByTestId("return-form")
  await form.getByLabel(`How many of ${piece.title} to return`).selectOption("1")
  await form.getByLabel("Why is it going back?").selectOption("changed_mind")
  await form.getByRole("button", { name: "Ask for the return" }).click()
  // The page now lists the return (the form is gone: nothing else is left to return).
  const opened = page.getByTestId("order-return")
  await expect(opened).toContainText("Waiting for your parcel", { timeout: 30_000 })
  await expect(opened).toContainText(`1 × ${piece.title}`)
  await expect(page.getByTestId("return-form")).toHaveCount(0)
  const instructions = await waitForMail(email, 20_000, (mail) => mail.subject.startsWith("How to send your pieces back"))
  expect(instructions.text).toContain(piece.title)

  // Staff receive the parcel in Medusa's admin, restocking the piece at the cooperative's location.
  const staff = await browser.newPage()
  await adminLogin(staff)
  await staff.goto(`${BACKEND}/app/orders/${order.id}`)
  await staff.getByRole("link", { name: "Receive items" }).click()
  const drawer = staff.getByRole("dialog")
  await expect(drawer.getByText(/Receive items for #/)).toBeVisible({ timeout: 30_000 })
  await expect(drawer.getByText(piece.title).first()).toBeVisible({ timeout: 30_000 })
  // One piece came back, undamaged.
  const received = drawer.getByRole("spinbutton").first()
  await received.fill("1")
  await expect(received).toHaveValue("1")
  // The dashboard saves the count as it is typed; Save confirms it once that request is done.
  await staff.waitForLoadState("networkidle")
  await screenshot(staff, "staff-receive-return")
  const save = drawer.getByRole("button", { name: "Save", exact: true })
  await expect(save).toBeEnabled()
  await save.click()
  await expect(staff.getByText("Return received successfully.")).toBeVisible({ timeout: 30_000 })
  await staff.close()

  // The refund reaches Stripe, the piece is for sale again, the cooperative's balance drops by exactly its share.
  await expect
    .poll(async () => (await stripeGet(`/v1/refunds?payment_intent=${intentId}`)).data.map((refund: any) => refund.status), {
      timeout: 30_000,
    })
    .toEqual(["succeeded"])
  const refunded = await waitForMail(email, 30_000, (mail) => mail.subject.startsWith("We have refunded"))
  expect(refunded.subject).toContain(`(order #${order.display_id})`)
  await expect.poll(async () => (await productByHandle(piece.handle)).variants[0].inventory_quantity).toBe(1)
  await expect.poll(() => balanceOf(cooperativeId)).toBe(balanceBefore - share)
  const { ledger_entries: reversals } = await adminGet(`/admin/cooperatives/${cooperativeId}/ledger?order_id=${order.id}&type=reversal`)
  expect(reversals.map((entry: any) => entry.amount)).toEqual([-share])

  await page.goto(`/en/account/orders/${order.id}`)
  await expect(page.getByTestId("order-return")).toContainText("Received")
  await page.goto(`/en/products/${piece.handle}`)
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeEnabled()
})
