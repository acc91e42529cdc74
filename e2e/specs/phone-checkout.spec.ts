import { expect, type Page, test } from "@playwright/test"
import { findProduct } from "../support/backend"
import { checkout, EN, fillAddress } from "../support/checkout"
import { CARDS, fillCard, registerShopper, uniqueEmail, US_ADDRESS } from "../support/shop"

// A phone held upright: everything must fit its width, nothing may scroll sideways.
test.use({ viewport: { width: 390, height: 844 } })

/** Fails when the page is wider than the screen, naming the elements that stick out. */
async function expectFitsScreen(page: Page, where: string) {
  const { scrollWidth, innerWidth, outermost, innermost } = await page.evaluate(() => {
    const width = window.innerWidth
    const name = (element: Element) => {
      const testId = element.getAttribute("data-testid")
      const classes = [...element.classList].slice(0, 3).map((value) => `.${CSS.escape(value)}`)
      const inputName = element.getAttribute("name")
      return (
        element.tagName.toLowerCase() +
        (element.id ? `#${CSS.escape(element.id)}` : "") +
        (testId ? `[data-testid="${testId}"]` : "") +
        (inputName ? `[name="${inputName}"]` : "") +
        classes.join("")
      )
    }
    const selector = (element: Element) => {
      const path: string[] = []
      for (let node: Element | null = element; node && node !== document.body && path.length < 4; node = node.parentElement) {
        path.unshift(name(node))
      }
      return `${path.join(" > ")} (right edge at ${Math.round(element.getBoundingClientRect().right)}px)`
    }
    const wide = [...document.body.querySelectorAll("*")].filter((element) => element.getBoundingClientRect().right > width + 0.5)
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      // Where the overflow starts, and what inside it is too wide by itself.
      outermost: wide
        .filter((element) => !element.parentElement || !wide.includes(element.parentElement))
        .slice(0, 3)
        .map(selector),
      innermost: wide
        .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
        .slice(0, 5)
        .map(selector),
    }
  })
  expect(
    scrollWidth,
    `${where}: the page is ${scrollWidth}px wide on a ${innerWidth}px screen. Starts at: ${outermost.join(" | ")}. Too wide: ${innermost.join(" | ")}`
  ).toBeLessThanOrEqual(innerWidth)
}

/** Opens a piece in good supply and puts it in the cart; `check` runs on its page first. */
async function addPiece(page: Page, check?: () => Promise<void>) {
  const piece = await findProduct(
    (product) => !product.metadata?.one_of_a_kind && product.variants.length === 1 && product.variants[0].inventory_quantity > 5
  )
  await page.goto(`/en/products/${piece.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: piece.title })).toBeVisible()
  await check?.()
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
  return piece
}

test("on a 390 px phone the product page, the cart and every checkout step fit the screen", async ({ page }) => {
  const piece = await addPiece(page, () => expectFitsScreen(page, "product page"))

  await page.goto("/en/cart")
  await expect(page.getByRole("main").getByText(piece.title).first()).toBeVisible()
  await expectFitsScreen(page, "cart page")

  await page.goto("/en/checkout")
  const step = (id: string) => page.getByTestId(`step-${id}`)
  const summary = page.getByTestId("order-summary")

  // Contact. The order summary sits above the steps and opens on demand.
  await expect(step("email")).toHaveAttribute("data-state", "open")
  await expect(summary).toBeVisible()
  await expectFitsScreen(page, "checkout, contact step")
  await summary.getByRole("button", { name: "Show the pieces and totals" }).click()
  await expect(summary.getByText(piece.title).first()).toBeVisible()
  await expect(summary.getByTestId("totals-total")).toBeVisible()
  await expectFitsScreen(page, "checkout, order summary open")
  // A long address with no hyphen to break at must wrap, not widen the page, once the step shows it as done.
  await page.getByLabel(EN.email).first().fill(`phonecheckoutwitharatherlongmailboxname${Date.now()}@example.org`)
  await page.getByRole("button", { name: EN.cont }).first().click()

  // Address. The state is a list, and the hint names the currency switch as it reads on screen.
  await expect(step("address")).toHaveAttribute("data-state", "open")
  await expect(step("email")).toHaveAttribute("data-state", "done")
  await expect(summary).toBeVisible()
  await expect(step("address").getByText("switch from USD to MXN")).toBeVisible()
  await expectFitsScreen(page, "checkout, address step")
  await fillAddress(page, US_ADDRESS)
  await expect(page.getByLabel(EN.state).first()).toHaveValue("us-tx")
  await page.getByRole("button", { name: EN.cont }).first().click()

  // Delivery.
  await expect(step("shipping")).toHaveAttribute("data-state", "open")
  await expect(summary).toBeVisible()
  await expectFitsScreen(page, "checkout, delivery step")
  await page.getByRole("radio", { name: EN.standard }).check()
  await page.getByRole("button", { name: EN.cont }).first().click()

  // Payment. Empty card fields get a hint by the fields, not a declined payment.
  await expect(page.locator('input[name="cardnumber"]')).toBeVisible({ timeout: 30_000 })
  await expect(summary).toBeVisible()
  await expect(summary.getByText(/^Shipping \(Standard\): /).first()).toBeAttached()
  await expectFitsScreen(page, "checkout, payment step")
  await page.getByRole("button", { name: EN.review }).click()
  await expect(page.getByText("Check your card details.")).toBeVisible()
  await expect(page.getByText("Your payment didn't go through")).toHaveCount(0)
  await expect(step("review")).toHaveAttribute("data-state", "todo")
  await expectFitsScreen(page, "checkout, payment step with the card hint")
  await fillCard(page, CARDS.ok)
  await expect(page.getByText("Check your card details.")).toHaveCount(0)

  // Review.
  await page.getByRole("button", { name: EN.review }).click()
  await expect(step("review")).toHaveAttribute("data-state", "open")
  await expect(summary).toBeVisible()
  await expectFitsScreen(page, "checkout, review step")

  // Confirmation.
  await page.getByRole("button", { name: EN.place }).click()
  await expect(page.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible({ timeout: 30_000 })
  await expectFitsScreen(page, "order confirmation")
})

test("a signed-in shopper's address is saved with the first order and prefilled in the next", async ({ page }) => {
  await registerShopper(page, uniqueEmail("phone-saved"))

  // First order: "save this address" is ticked for a signed-in shopper.
  await addPiece(page)
  await page.goto("/en/checkout")
  await expect(page.getByTestId("step-address")).toHaveAttribute("data-state", "open")
  await expect(page.getByLabel("Save this address to my account")).toBeChecked()
  await checkout(page, { email: null, address: US_ADDRESS, card: CARDS.ok })
  await expect(page.getByRole("heading", { name: "Thank you! Your order is placed." })).toBeVisible({ timeout: 30_000 })

  // Next order: the address step starts from the saved address and does not offer to save it twice.
  await addPiece(page)
  await page.goto("/en/checkout")
  await expect(page.getByTestId("step-address")).toHaveAttribute("data-state", "open")
  await expect(page.getByLabel(EN.street).first()).toHaveValue(US_ADDRESS.address_1)
  await expect(page.getByLabel(EN.city).first()).toHaveValue(US_ADDRESS.city)
  await expect(page.getByLabel(EN.state).first()).toHaveValue("us-tx")
  await expect(page.getByLabel("Save this address to my account")).toHaveCount(0)
  await expectFitsScreen(page, "checkout, prefilled address step")
  // A different street is a new address: the box comes back, ticked.
  await page.getByLabel(EN.street).first().fill("1201 Congress Ave")
  await expect(page.getByLabel("Save this address to my account")).toBeChecked()
})
