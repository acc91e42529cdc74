import { expect, test } from "@playwright/test"
import { adminGet } from "../support/backend"
import { linkIn, waitForMail } from "../support/mail"
import { enrolCoordinator } from "../support/portal"
import { registerShopper, uniqueEmail } from "../support/shop"

test("a shopper who forgot the password gets a link by mail, chooses a new one and is signed in", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("reset")
  await registerShopper(page, email, "first-password-1")

  // Another browser, no session: from the login page to the mail.
  const context = await browser.newContext()
  const visitor = await context.newPage()
  await visitor.goto("/en/account/login")
  await visitor.getByRole("link", { name: "Forgot your password?" }).click()
  await expect(visitor).toHaveURL(/\/en\/account\/forgot-password$/)
  // Type once the page is live: text typed while it hydrates can be lost.
  await visitor.waitForLoadState("networkidle")
  await visitor.getByLabel("Email").fill(email)
  await expect(visitor.getByLabel("Email")).toHaveValue(email)
  await visitor.getByRole("button", { name: "Get a reset link" }).click()
  await expect(visitor.getByTestId("forgot-password-sent")).toBeVisible()

  const mail = await waitForMail(email)
  const link = linkIn(mail, `${baseURL}/en/account/reset-password?token=`)
  await visitor.goto(link)
  await visitor.waitForLoadState("networkidle")
  await visitor.getByLabel("New password").fill("second-password-2")
  await visitor.getByLabel("Type it again").fill("second-password-2")
  await visitor.getByRole("button", { name: "Save and sign in" }).click()
  await expect(visitor.getByText(/Hello, Ana/).first()).toBeVisible()

  // The link works once; the old password no longer does.
  await visitor.goto(link)
  await visitor.waitForLoadState("networkidle")
  await visitor.getByLabel("New password").fill("third-password-3")
  await visitor.getByLabel("Type it again").fill("third-password-3")
  await visitor.getByRole("button", { name: "Save and sign in" }).click()
  await expect(visitor.getByRole("link", { name: "Ask for a new link" }).first()).toBeVisible()
  await context.close()

  const fresh = await browser.newContext()
  const login = await fresh.newPage()
  await login.goto("/en/account/login")
  await login.waitForLoadState("networkidle")
  await login.getByLabel("Email").fill(email)
  await login.getByLabel("Password").fill("first-password-1")
  await login.getByRole("button", { name: "Sign in" }).click()
  await expect(login.getByRole("alert").first()).toBeVisible()
  // A refused sign-in empties the form; start again with the new password.
  await login.goto("/en/account/login")
  await login.waitForLoadState("networkidle")
  await login.getByLabel("Email").fill(email)
  await login.getByLabel("Password").fill("second-password-2")
  await login.getByRole("button", { name: "Sign in" }).click()
  await expect(login.getByText(/Hello, Ana/).first()).toBeVisible()
  await fresh.close()
})

test.describe("on a phone, in Spanish", () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: "es-MX" })

  test("a coordinator who forgot the password chooses a new one from the mail and enters the portal", async ({ page, baseURL }) => {
    const { cooperatives } = await adminGet("/admin/cooperatives?limit=1&fields=id,name")
    const { email } = await enrolCoordinator(page, baseURL, { password: "primera-clave-2026", cooperativeId: cooperatives[0].id })
    await page.getByRole("button", { name: "Salir" }).click()

    await page.getByRole("link", { name: "¿Olvidaste tu contraseña?" }).click()
    // The login page has a "Correo" field too: type only once the forgot-password page is there.
    await expect(page).toHaveURL(/\/es\/cooperativa\/olvide-contrasena$/)
    await page.waitForLoadState("networkidle")
    await page.getByLabel("Correo").fill(email)
    await expect(page.getByLabel("Correo")).toHaveValue(email)
    await page.getByRole("button", { name: "Pedir el enlace" }).click()
    await expect(page.getByTestId("portal-reset-sent")).toBeVisible()

    // The second mail to this address is the reset link, in Spanish.
    const reset = await waitForMail(email, 20_000, (mail) => mail.text.includes("/es/cooperativa/nueva-contrasena?token="))
    await page.goto(linkIn(reset, `${baseURL}/es/cooperativa/nueva-contrasena?token=`))
    await page.getByLabel("Contraseña nueva").fill("segunda-clave-2026")
    await page.getByLabel("Escríbela otra vez").fill("segunda-clave-2026")
    await page.getByRole("button", { name: "Guardar y entrar" }).click()
    await expect(page).toHaveURL(/\/es\/cooperativa$/)
    await expect(page.getByRole("heading", { level: 1, name: cooperatives[0].name })).toBeVisible()
  })
})
