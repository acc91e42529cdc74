import { NextRequest, NextResponse } from "next/server"

// next-intl ships ES modules only; its middleware's part here is to pass the request on (or redirect).
const intl = jest.fn((_request: NextRequest) => {
  const response = NextResponse.next({ request: { headers: new Headers({ "x-next-intl-locale": "es" }) } })
  response.headers.set("link", '<http://shop.test/en>; rel="alternate"; hreflang="en"')
  return response
})
jest.mock("next-intl/middleware", () => () => (request: NextRequest) => intl(request))
jest.mock("next-intl/routing", () => ({ defineRouting: (config: unknown) => config }))

import proxy from "./proxy"

const request = (path: string, cookie?: string) =>
  new NextRequest(new URL(path, "http://shop.test"), { headers: cookie ? { cookie } : undefined })
const rewrittenTo = (response: Response) => {
  const target = response.headers.get("x-middleware-rewrite")
  return target ? new URL(target).pathname + new URL(target).search : null
}

describe("proxy", () => {
  it("serves a shop address from its region's cached page, keeping the query and next-intl's headers", () => {
    const response = proxy(request("/es/products/huipil?v=variant_1&utm=x", "telar_region=mx"))
    expect(rewrittenTo(response)).toBe("/es/mx/products/huipil/variant_1?v=variant_1&utm=x")
    expect(response.headers.get("link")).toContain('hreflang="en"')
    expect(response.headers.get("x-middleware-request-x-next-intl-locale")).toBe("es")
  })

  it("uses the United States without a region cookie", () => {
    expect(rewrittenTo(proxy(request("/en/store?category=textiles")))).toBe("/en/us/store/category~textiles?category=textiles")
  })

  it("lets next-intl's redirects (no language in the address) through untouched", () => {
    intl.mockImplementationOnce(() => NextResponse.redirect(new URL("/es", "http://shop.test")))
    const response = proxy(request("/"))
    expect(response.headers.get("location")).toBe("http://shop.test/es")
    expect(rewrittenTo(response)).toBeNull()
  })

  it("leaves the coordinators' portal alone", () => {
    expect(rewrittenTo(proxy(request("/es/cooperativa/pedidos", "telar_region=mx")))).toBeNull()
  })

  it("sends a portal page's other-language spelling to this language's page, keeping the query (a mailed token)", () => {
    const response = proxy(request("/en/cooperativa/nueva-contrasena?token=abc&email=a%40b.test"))
    expect(response.status).toBe(307)
    expect(response.headers.get("location")).toBe("http://shop.test/en/cooperative/reset-password?token=abc&email=a%40b.test")
    expect(proxy(request("/es/cooperative")).headers.get("location")).toBe("http://shop.test/es/cooperativa")
    expect(proxy(request("/es/cooperative/payments/statement?month=2026-11")).headers.get("location")).toBe(
      "http://shop.test/es/cooperativa/pagos/estado-de-cuenta?month=2026-11"
    )
  })

  it("leaves a portal page in its own language's spelling to its route", () => {
    intl.mockClear()
    expect(proxy(request("/en/cooperative/login")).headers.get("location")).toBeNull()
    expect(intl).toHaveBeenCalled()
  })
})
