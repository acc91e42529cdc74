import { portalPath } from "./portal"

describe("portalPath", () => {
  it.each([
    ["es", "home", "/es/cooperativa"],
    ["en", "home", "/en/cooperative"],
    ["es", "login", "/es/cooperativa/entrar"],
    ["en", "invitation", "/en/cooperative/invitation"],
    ["es", "orders", "/es/cooperativa/pedidos"],
    ["en", "orders", "/en/cooperative/orders"],
    ["es", "requests", "/es/cooperativa/propuestas"],
    ["en", "newRequest", "/en/cooperative/requests/new"],
    ["es", "payments", "/es/cooperativa/pagos"],
    ["en", "payments", "/en/cooperative/payments"],
    ["es", "statement", "/es/cooperativa/pagos/estado-de-cuenta"],
    ["en", "statement", "/en/cooperative/payments/statement"],
    ["fr", "invitation", "/es/cooperativa/invitacion"],
  ] as const)("%s %s → %s", (language, page, path) => {
    expect(portalPath(language, page)).toBe(path)
  })
})
