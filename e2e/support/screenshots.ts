import path from "node:path"
import type { Page } from "@playwright/test"

// The README's pictures of the staff's screens are taken here, by the run that tests them.
const dir = process.env.TELAR_SCREENSHOTS_DIR || path.resolve(__dirname, "../../docs/screenshots")

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(dir, `${name}.png`) })
}
