import { expect, type Page, test } from "@playwright/test"
import { storeGet } from "../support/backend"

/** The element a person would see (and click) at the heading's centre is the heading itself. */
async function headingIsOnTop(page: Page) {
  const heading = page.getByRole("heading", { level: 1 })
  await expect(heading).toBeVisible()
  return heading.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return !!top && (top === element || element.contains(top))
  })
}

for (const viewport of [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`a cooperative's page shows its name above the banner and its own place on the map (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    const { cooperatives } = await storeGet<{ cooperatives: any[] }>("/store/cooperatives")
    const cooperative = cooperatives.find((candidate) => candidate.latitude != null)
    expect(cooperative).toBeTruthy()
    for (const locale of ["en", "es"]) {
      await page.goto(`/${locale}/cooperatives/${cooperative.handle}`)
      await expect(page.getByRole("heading", { level: 1, name: cooperative.name })).toBeVisible()
      expect(await headingIsOnTop(page)).toBe(true)
      const backLink = page.getByRole("link", { name: locale === "en" ? "← All cooperatives" : "← Todas las cooperativas" })
      await expect(backLink).toBeInViewport()
      // One map, marking this cooperative.
      const map = page.getByRole("group", {
        name: locale === "en" ? `${cooperative.name} on the map of Chiapas` : `${cooperative.name} en el mapa de Chiapas`,
      })
      await expect(map).toBeVisible()
      await expect(page.getByText(cooperative.community, { exact: false }).first()).toBeVisible()
    }
  })
}
