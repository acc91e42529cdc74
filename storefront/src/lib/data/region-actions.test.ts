const jar = new Map<string, { value: string; options?: Record<string, unknown> }>()
let referer: string | null = null

jest.mock("server-only", () => ({}), { virtual: true })
jest.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)?.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => jar.set(name, { value, options }),
  }),
  headers: async () => new Headers(referer ? { referer } : {}),
}))
jest.mock("next/navigation", () => ({ redirect: jest.fn(), RedirectType: { replace: "replace", push: "push" } }))
jest.mock("@/lib/data/cart", () => ({ onRegionChange: jest.fn() }))

import { redirect } from "next/navigation"
import { onRegionChange } from "@/lib/data/cart"
import { setRegion } from "./region-actions"
import { formData } from "../../../test/form-data"

beforeEach(() => {
  jar.clear()
  referer = null
  jest.mocked(redirect).mockClear()
  jest.mocked(onRegionChange).mockClear()
})

describe("setRegion", () => {
  it("remembers the region, moves the cart, and goes back to the page it was used on (a new request, in the new currency)", async () => {
    referer = "http://shop.test/es/products/huipil?v=variant_1"
    await setRegion(formData({ region: "mx", locale: "es" }))
    expect(jar.get("telar_region")).toMatchObject({ value: "mx", options: { httpOnly: true, sameSite: "lax", path: "/" } })
    expect(onRegionChange).toHaveBeenCalledWith("mx")
    expect(redirect).toHaveBeenCalledWith("/es/products/huipil?v=variant_1", "replace")
  })

  it("goes to the home page in the form's language when the browser sends no Referer", async () => {
    await setRegion(formData({ region: "mx", locale: "es" }))
    expect(redirect).toHaveBeenCalledWith("/es", "replace")
  })

  it("does nothing for the region already chosen, or for one the shop does not have", async () => {
    jar.set("telar_region", { value: "mx" })
    await setRegion(formData({ region: "mx", locale: "es" }))
    await setRegion(formData({ region: "fr", locale: "es" }))
    expect(redirect).not.toHaveBeenCalled()
    expect(onRegionChange).not.toHaveBeenCalled()
    expect(jar.get("telar_region")?.value).toBe("mx")
  })
})
