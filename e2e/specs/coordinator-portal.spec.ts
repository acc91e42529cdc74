import { expect, test } from "@playwright/test"
import { adminGet, adminPost, storeGet } from "../support/backend"
import { linkIn, waitForMail } from "../support/mail"

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
  await item.getByRole("button", { name: /^Una más/ }).click()
  await expect(item.getByRole("status")).toHaveText(`Listo: ahora hay ${before + 1} de «${await item.getByRole("heading").textContent()}».`)
  await expect(item.getByTestId("stocked")).toHaveText(String(before + 1))

  // The shop sells from the new count.
  const { products } = await storeGet(`/store/products?fields=id,title,+variants.inventory_quantity&limit=200&locale=es-MX`)
  const product = products.find((candidate: any) => candidate.variants.some((variant: any) => variant.id === variantId))
  expect(product.variants.find((variant: any) => variant.id === variantId).inventory_quantity).toBe(before + 1)
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
