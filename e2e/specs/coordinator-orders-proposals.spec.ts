import { expect, test } from "@playwright/test"
import { ordersFor, stockedPiece } from "../support/backend"
import { checkout } from "../support/checkout"
import { coordinatorApi, enrolCoordinator } from "../support/portal"
import { CARDS, uniqueEmail, US_ADDRESS } from "../support/shop"

// The portal's live parts beyond the shelf, on a phone, in Spanish: the parcel's buttons on the
// orders page and the proposal form with its photos (both run by the portal's own script).
test.use({ viewport: { width: 390, height: 844 }, locale: "es-MX" })

test("a coordinator marks a sold piece's parcel ready, then hands it to a carrier with its guide number", async ({
  page,
  browser,
  baseURL,
}) => {
  const { piece, cooperative } = await stockedPiece()

  const shop = await browser.newContext({ locale: "en-US" })
  const shopper = await shop.newPage()
  const shopperEmail = uniqueEmail("parcel")
  await shopper.goto(`${baseURL}/en/products/${piece.handle}`)
  await shopper.getByRole("button", { name: "Add to cart" }).click()
  await expect(shopper.getByRole("dialog")).toBeVisible()
  await checkout(shopper, { email: shopperEmail, address: US_ADDRESS, card: CARDS.ok })
  await expect(shopper.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible({ timeout: 30_000 })
  const [order] = await ordersFor(shopperEmail)
  await shop.close()

  const password = "paquete-listo-2026"
  const { email } = await enrolCoordinator(page, baseURL, { password, name: "Juana Gómez", cooperativeId: cooperative.id })
  await page.getByTestId("portal-orders-link").click()
  await expect(page).toHaveURL(/\/es\/cooperativa\/pedidos$/)
  const card = page.locator(`[data-testid="order-card"][data-order-id="${order.id}"]`)
  // The coordinator reads the piece's Spanish title; one piece of it to pack.
  await expect(card.getByTestId("order-line-quantity")).toHaveText(["1 pieza"])
  await expect(card.getByTestId("ship-to")).toContainText(US_ADDRESS.address_1)
  const parcel = card.getByTestId("parcel-actions")
  await expect(parcel.getByTestId("parcel-status")).toHaveText("Por preparar")

  // Let the script take the buttons over first: it saves without leaving the page.
  await page.waitForLoadState("load")
  await parcel.getByRole("button", { name: "Listo para enviar" }).click()
  await expect(parcel).toHaveAttribute("data-status", "ready")
  await expect(parcel.getByTestId("parcel-status")).toHaveText("Listo para enviar")
  await expect(parcel.getByRole("status")).not.toBeEmpty()

  await parcel.getByLabel("Paquetería (si la sabes)").fill("Estafeta")
  await parcel.getByLabel("Número de guía (si lo tienes)").fill("est-5521")
  await parcel.getByRole("button", { name: "Entregado a la paquetería" }).click()
  await expect(parcel).toHaveAttribute("data-status", "handed_to_carrier")
  await expect(parcel).toContainText("Número de guía: est-5521")
  await expect(page).toHaveURL(/\/es\/cooperativa\/pedidos$/)

  const asCoordinator = await coordinatorApi(email, password)
  const { orders } = await asCoordinator(`/coordinator/orders?parcel_status=handed_to_carrier&limit=50`)
  const handed = orders.find((candidate: any) => candidate.id === order.id)
  expect(handed.parcel).toMatchObject({ status: "handed_to_carrier", carrier: "Estafeta", tracking_number: "est-5521" })

  // The page read again lists it with the parcels already handed over.
  await page.reload()
  await expect(page.getByRole("region", { name: /Ya entregados a la paquetería/ }).locator(`[data-order-id="${order.id}"]`)).toBeVisible()
})

test("a coordinator proposes a new piece from the phone with a photo, and sees it waiting for review", async ({ page, baseURL }) => {
  const password = "pieza-nueva-2026"
  const { email } = await enrolCoordinator(page, baseURL, { password, name: "Petrona Ruiz" })
  // A picture drawn in the browser, as big as a phone's (the backend wants 400 px per side at least).
  const drawn = await page.evaluate(() => {
    const canvas = document.createElement("canvas")
    canvas.width = 1200
    canvas.height = 900
    const context = canvas.getContext("2d") as CanvasRenderingContext2D
    for (let stripe = 0; stripe < 12; stripe++) {
      context.fillStyle = `hsl(${stripe * 30}, 70%, 50%)`
      context.fillRect(stripe * 100, 0, 100, 900)
    }
    return canvas.toDataURL("image/png").split(",")[1]
  })
  const photo = Buffer.from(drawn, "base64")

  await page.getByTestId("portal-requests-link").click()
  await page.getByTestId("request-new").click()
  await expect(page).toHaveURL(/\/es\/cooperativa\/propuestas\/nueva$/)
  await page.waitForLoadState("load")
  await page.getByTestId("request-photo-input").setInputFiles({ name: "huipil.png", mimeType: "image/png", buffer: photo })
  await expect(page.locator('[data-testid="request-photo"][data-status="done"]')).toHaveCount(1, { timeout: 30_000 })

  const title = `Huipil de prueba ${Date.now()}`
  await page.getByLabel("Nombre de la pieza").fill(title)
  await page.getByLabel("Su historia").fill("Tejido en telar de cintura por las mujeres de la cooperativa durante tres semanas.")
  await page.getByLabel("Materiales").fill("Algodón, tintes naturales")
  await page.getByLabel("Técnica").fill("Telar de cintura")
  await page.getByLabel("Precio que pide la cooperativa por pieza (pesos)").fill("1250,50")
  await page.getByLabel("¿Cuántas piezas tienen listas?").fill("2")
  await page.getByTestId("request-submit").click()

  await expect(page).toHaveURL(/\/es\/cooperativa\/propuestas\?sent=1$/)
  await expect(page.getByTestId("request-sent")).toBeVisible()
  const card = page.getByTestId("request-card").filter({ hasText: title })
  await expect(card.getByTestId("request-status")).toHaveText("En revisión")

  const asCoordinator = await coordinatorApi(email, password)
  const { product_requests } = await asCoordinator("/coordinator/product-requests?limit=50")
  const sent = product_requests.find((request: any) => request.title_es === title)
  expect(sent).toMatchObject({ status: "pending", stock: 2, producer_price: { amount: 125050 } })
  expect(sent.photos).toHaveLength(1)
})
