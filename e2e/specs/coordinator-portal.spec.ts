import { expect, test } from "@playwright/test"
import { adminGet, adminPost, storeGet } from "../support/backend"
import { linkIn, waitForMail } from "../support/mail"
import { coordinatorApi, enrolCoordinator } from "../support/portal"

test.use({ viewport: { width: 390, height: 844 }, locale: "es-MX" })

test("a coordinator invited by staff sets a password from the mail, logs in in Spanish on a phone and changes a stock the shop then shows", async ({
  page,
  baseURL,
}) => {
  const { cooperatives } = await adminGet("/admin/cooperatives?limit=1&fields=id,name")
  const cooperative = cooperatives[0]
  const email = `coordinadora-${Date.now()}@telar.test`
  await adminPost(`/admin/cooperatives/${cooperative.id}/coordinators`, { name: "Xunka López", email })

  // The invitation arrives by mail, in Spanish, with a link to the portal.
  const mail = await waitForMail(email)
  expect(mail.subject).toContain(cooperative.name)
  const link = linkIn(mail, `${baseURL}/es/cooperativa/invitacion?token=`)
  await page.goto(link)
  await expect(page.getByRole("heading", { name: "Bienvenida a Telar" })).toBeVisible()
  await page.getByLabel("Contraseña nueva").fill("telar-portal-2026")
  await page.getByLabel("Escríbela otra vez").fill("telar-portal-2026")
  await page.getByRole("button", { name: "Guardar y entrar" }).click()

  // The shelf of their own cooperative.
  await expect(page).toHaveURL(/\/es\/cooperativa$/)
  await expect(page.getByRole("heading", { level: 1, name: cooperative.name })).toBeVisible()
  await expect(page.getByText("Hola, Xunka López")).toBeVisible()
  const item = page.getByTestId("shelf-item").first()
  const variantId = await item.getAttribute("data-variant-id")
  const before = Number(await item.getByTestId("stocked").textContent())
  const sellable = async () => {
    const { products } = await storeGet("/store/products?fields=id,title,+variants.inventory_quantity&limit=200&locale=es-MX")
    const product = products.find((candidate: any) => candidate.variants.some((variant: any) => variant.id === variantId))
    return { product, quantity: product.variants.find((variant: any) => variant.id === variantId).inventory_quantity as number }
  }
  const sellableBefore = (await sellable()).quantity
  await item.getByRole("button", { name: /^Una más/ }).click()
  await expect(item.getByRole("status")).toHaveText(`Listo: ahora hay ${before + 1} de «${await item.getByRole("heading").textContent()}».`)
  await expect(item.getByTestId("stocked")).toHaveText(String(before + 1))

  // The shop sells from the new count.
  const { product, quantity } = await sellable()
  expect(quantity).toBe(sellableBefore + 1)
  // The coordinator reads the piece's Spanish title, as shoppers on /es do.
  expect(await item.getByRole("heading").textContent()).toContain(product.title)

  // Nothing of the shop's frame: the portal has its own.
  await expect(page.getByRole("navigation", { name: "Principal" })).toHaveCount(0)
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

  // Log out, then back in from the login page.
  await page.getByRole("button", { name: "Salir" }).click()
  await expect(page).toHaveURL(/\/es\/cooperativa\/entrar$/)
  await page.getByLabel("Correo").fill(email)
  await page.getByLabel("Contraseña").fill("una-contrasena-equivocada")
  await page.getByRole("button", { name: "Entrar" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "El correo y la contraseña no coinciden. Revísalos e inténtalo otra vez."
  )
  // The email stays typed; only the password is tried again.
  await expect(page.getByLabel("Correo")).toHaveValue(email)
  await page.getByLabel("Contraseña").fill("telar-portal-2026")
  await page.getByRole("button", { name: "Entrar" }).click()
  await expect(page.getByRole("heading", { level: 1, name: cooperative.name })).toBeVisible()
})

test("without signal the shelf still opens, three changes wait on the phone, and back online they are sent once; a change made meanwhile elsewhere shows as a conflict", async ({
  page,
  baseURL,
}) => {
  const password = "sin-senal-2026"
  const { email, cooperativeId } = await enrolCoordinator(page, baseURL, { password })
  const items = page.getByTestId("shelf-item")
  expect(await items.count()).toBeGreaterThanOrEqual(3)
  const ids: string[] = []
  const before: number[] = []
  for (let index = 0; index < 3; index++) {
    ids.push((await items.nth(index).getAttribute("data-variant-id")) as string)
    before.push(Number(await items.nth(index).getByTestId("stocked").textContent()))
  }
  const sellable = async () => {
    const { products } = await storeGet("/store/products?fields=id,+variants.inventory_quantity&limit=200")
    const variants = products.flatMap((product: any) => product.variants)
    return ids.map((id) => variants.find((variant: any) => variant.id === id).inventory_quantity as number)
  }
  const sellableBefore = await sellable()
  // Only this run's changes count (a database that ran the journeys before has older ones).
  const since = new Date().toISOString()
  // The portal's worker is in charge once the page has loaded with signal.
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null)

  await page.context().setOffline(true)
  // The shelf opens without signal: the last copy the phone saw.
  await page.reload()
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  for (let index = 0; index < 3; index++) {
    await items
      .nth(index)
      .getByRole("button", { name: /^Una más/ })
      .click()
    await expect(items.nth(index).getByRole("status")).toHaveText("Guardado en este teléfono: se enviará cuando haya señal.")
    await expect(items.nth(index).getByTestId("stocked")).toHaveText(String(before[index] + 1))
  }
  await expect(page.getByTestId("waiting")).toHaveText("3 cambios esperan señal: se enviarán solos.")

  // Meanwhile, on another phone with signal, the same coordinator adds 5 of the first piece.
  const asCoordinator = await coordinatorApi(email, password)
  const other = await asCoordinator("/coordinator/inventory", {
    method: "POST",
    body: { changes: [{ client_mutation_id: `otro-${Date.now()}`, variant_id: ids[0], delta: 5 }] },
  })
  expect(other.results[0].outcome).toBe("applied")

  await page.context().setOffline(false)
  await expect(page.getByTestId("waiting")).toHaveCount(0, { timeout: 30_000 })
  // The first change would have overwritten the other phone's: it is shown, not applied.
  await expect(items.nth(0).getByRole("status")).toContainText(`cambió mientras tanto (ahora hay ${before[0] + 5})`)
  await expect(items.nth(0).getByTestId("stocked")).toHaveText(String(before[0] + 5))
  for (const index of [1, 2]) {
    await expect(items.nth(index).getByRole("status")).toContainText(`Listo: ahora hay ${before[index] + 1}`)
  }

  // Sent once each: the shop sells from exactly these counts, and staff see where they came from.
  expect(await sellable()).toEqual([sellableBefore[0] + 5, sellableBefore[1] + 1, sellableBefore[2] + 1])
  const { stock_changes } = await adminGet(`/admin/cooperatives/${cooperativeId}/stock-changes?limit=10`)
  const synced = stock_changes.filter((change: any) => change.source === "offline_sync" && change.created_at >= since)
  expect(synced.map((change: any) => change.outcome).sort()).toEqual(["applied", "applied", "conflict"])
})

test("without JavaScript the shelf still works: tapping + posts the piece's form, the page comes back with the new count, and the shop sells from it", async ({
  browser,
  page,
  baseURL,
}) => {
  // Invited and logged in as usual; the same login then opens the shelf in a browser that runs no script.
  await enrolCoordinator(page, baseURL, { password: "sin-javascript-2026" })
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "es-MX", baseURL })
  await noScript.addCookies(await page.context().cookies())
  const shelf = await noScript.newPage()
  await shelf.goto("/es/cooperativa")
  await expect(shelf.getByRole("heading", { level: 1 })).toBeVisible()

  const variantId = (await shelf.getByTestId("shelf-item").first().getAttribute("data-variant-id")) as string
  // Found by its variant on each page load: the tap brings a new page.
  const item = shelf.locator(`[data-testid="shelf-item"][data-variant-id="${variantId}"]`)
  const before = Number(await item.getByTestId("stocked").textContent())
  const label = await item.getByRole("heading").textContent()
  const sellable = async () => {
    const { products } = await storeGet<{ products: { variants: { id: string; inventory_quantity: number }[] }[] }>(
      "/store/products?fields=id,+variants.inventory_quantity&limit=200"
    )
    const variant = products.flatMap((product) => product.variants).find((candidate) => candidate.id === variantId)
    if (!variant) throw new Error(`${variantId} is not on sale`)
    return variant.inventory_quantity
  }
  const sellableBefore = await sellable()

  await item.getByRole("button", { name: /^Una más/ }).click()
  await expect(item.getByRole("status")).toHaveText(`Listo: ahora hay ${before + 1} de «${label}».`)
  await expect(item.getByTestId("stocked")).toHaveText(String(before + 1))
  // Back on the shelf itself, still logged in.
  await expect(shelf).toHaveURL(/\/es\/cooperativa$/)

  // Changed once, and the shop sells from it.
  expect(await sellable()).toBe(sellableBefore + 1)
  await noScript.close()
})
