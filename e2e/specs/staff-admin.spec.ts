import { expect, test } from "@playwright/test"
import { adminLogin, BACKEND } from "../support/admin"
import { adminGet } from "../support/backend"
import { screenshot } from "../support/screenshots"

// Runs after the shopper journeys (files run in name order), which placed orders.
test("staff log into the admin dashboard over plain http and open an order", async ({ page, context }) => {
  const { orders: recent } = await adminGet<{ orders: { id: string; display_id: number; fulfillment_status: string }[] }>(
    "/admin/orders?fields=id,display_id,fulfillment_status&limit=20&order=-created_at"
  )
  // The newest order nothing has been sent of yet (the returns journey ships its own).
  const orders = recent.filter((order) => order.fulfillment_status === "not_fulfilled")
  expect(orders.length, "the shopper journeys should have placed an order").toBeGreaterThan(0)

  await adminLogin(page)

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

  // Each cooperative's parcel is fulfilled from its own stock location (Telar's widget on the order page).
  await expect(page.getByRole("heading", { name: "Parcels by cooperative" })).toBeVisible({ timeout: 30_000 })
  const fulfill = page.getByRole("button", { name: /^Fulfill from / })
  const parcels = await fulfill.count()
  expect(parcels).toBeGreaterThan(0)
  await page.getByRole("heading", { name: "Parcels by cooperative" }).evaluate((heading) => heading.scrollIntoView({ block: "start" }))
  await screenshot(page, "staff-order-parcels")
  for (let done = 0; done < parcels; done++) {
    await fulfill.first().click()
    await expect(page.getByText(/parcel is fulfilled/).first()).toBeVisible()
    await expect(fulfill).toHaveCount(parcels - done - 1)
  }
  const { order } = await adminGet(`/admin/orders/${orders[0].id}?fields=fulfillment_status,fulfillments.location_id`)
  expect(order.fulfillment_status).toBe("fulfilled")
  expect(order.fulfillments).toHaveLength(parcels)

  // The pick list prints per cooperative, in Spanish.
  const [pickList] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Print all pick lists" }).click()])
  await expect(pickList.getByRole("button", { name: "Imprimir" })).toBeVisible()
  await screenshot(pickList, "staff-pick-list")
  await pickList.close()

  // Shipping each parcel charges its share of the card; the last one takes the rest.
  const ship = page.getByRole("button", { name: /^Ship .+'s parcel$/ })
  await expect(ship).toHaveCount(parcels)
  for (let done = 0; done < parcels; done++) {
    await ship.first().click()
    await expect(page.getByText(/parcel is shipped; .+ captured/).first()).toBeVisible()
    await expect(ship).toHaveCount(parcels - done - 1)
  }
  await expect
    .poll(async () => (await adminGet(`/admin/orders/${orders[0].id}?fields=payment_status`)).order.payment_status, {
      timeout: 30_000,
    })
    .toBe("captured")
  await screenshot(page, "staff-order-shipped")
})
