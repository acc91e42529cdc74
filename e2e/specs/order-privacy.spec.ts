import { expect, test } from "@playwright/test"
import { adminGet } from "../support/backend"

// Runs after one-of-a-kind.spec.ts (files run in name order), which placed an order.
test("an order confirmation opened without the shopper's cookie is a 404 that says how to find the order", async ({ request }) => {
  const { orders } = await adminGet<{ orders: { id: string }[] }>("/admin/orders?fields=id&limit=1&order=-created_at")
  expect(orders.length).toBeGreaterThan(0)
  for (const path of [`/en/order/${orders[0].id}/confirmed`, "/es/order/order_does_not_exist/confirmed"]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
  }
  const english = await (await request.get(`/en/order/${orders[0].id}/confirmed`)).text()
  expect(english).toContain("find this order")
  expect(english).not.toContain(orders[0].id.slice(-8) + '"')
})
