import { CART_OPEN_EVENT, hasOpenRequest, openCartDrawer, OPEN_WAIT_MS, takeOpenRequest } from "./cart-events"

describe("cart drawer open requests", () => {
  const target = new EventTarget()
  const seen: unknown[] = []
  beforeAll(() => {
    ;(globalThis as unknown as { window: EventTarget }).window = target
    target.addEventListener(CART_OPEN_EVENT, (event) => seen.push((event as CustomEvent).detail))
  })
  afterAll(() => {
    delete (globalThis as unknown as { window?: EventTarget }).window
  })

  it("announces the request and keeps it until the drawer shows the refreshed cart", () => {
    openCartDrawer({ added: true, count: 3 })
    expect(seen).toEqual([{ added: true, count: 3 }])
    expect(hasOpenRequest()).toBe(true)
    // The drawer still shows the old cart (2 pieces): not yet.
    expect(takeOpenRequest(2)).toBeNull()
    expect(takeOpenRequest(3)).toEqual(expect.objectContaining({ added: true, count: 3 }))
    // Taken once only.
    expect(takeOpenRequest(3)).toBeNull()
    expect(hasOpenRequest()).toBe(false)
  })

  it("gives up waiting after a while and opens with what it has", () => {
    openCartDrawer({ added: true, count: 5 })
    expect(takeOpenRequest(4, Date.now() + OPEN_WAIT_MS + 1)).toEqual(expect.objectContaining({ count: 5 }))
  })

  it("opens at once when no count is awaited (the cart button)", () => {
    openCartDrawer()
    expect(takeOpenRequest(0)).toEqual(expect.objectContaining({ at: expect.any(Number) }))
  })
})
