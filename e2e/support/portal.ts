import { expect, type Page } from "@playwright/test"
import { BACKEND } from "./admin"
import { adminGet, adminPost } from "./backend"
import { linkIn, waitForMail } from "./mail"

/**
 * Staff invite a coordinator of a cooperative (the first one unless named); they follow the mail's
 * link and choose a password, and land on the portal's shelf.
 */
export async function enrolCoordinator(
  page: Page,
  baseURL: string | undefined,
  { password, name = "Rosa Díaz", cooperativeId }: { password: string; name?: string; cooperativeId?: string }
) {
  const id = cooperativeId ?? (await adminGet("/admin/cooperatives?limit=1&fields=id")).cooperatives[0].id
  const email = `coordinadora-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@telar.test`
  await adminPost(`/admin/cooperatives/${id}/coordinators`, { name, email })
  await page.goto(linkIn(await waitForMail(email), `${baseURL}/es/cooperativa/invitacion?token=`))
  await page.getByLabel("Contraseña nueva").fill(password)
  await page.getByLabel("Escríbela otra vez").fill(password)
  await page.getByRole("button", { name: "Guardar y entrar" }).click()
  await expect(page).toHaveURL(/\/es\/cooperativa$/)
  return { email, cooperativeId: id as string }
}

/** The backend's /coordinator API as that coordinator, to check what the portal did. */
export async function coordinatorApi(email: string, password: string) {
  const { token } = await fetch(`${BACKEND}/auth/coordinator/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).then((response) => response.json())
  return async <T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${BACKEND}${path}`, {
      method: init.method ?? "GET",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const body = await response.json()
    if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${JSON.stringify(body)}`)
    return body as T
  }
}
