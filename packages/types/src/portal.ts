/** The coordinators' portal's addresses, in each language's own words: the backend's mails link to them, the storefront serves them. */
export const PORTAL_PATHS = {
  home: { es: "cooperativa", en: "cooperative" },
  login: { es: "cooperativa/entrar", en: "cooperative/login" },
  invitation: { es: "cooperativa/invitacion", en: "cooperative/invitation" },
  forgotPassword: { es: "cooperativa/olvide-contrasena", en: "cooperative/forgot-password" },
  resetPassword: { es: "cooperativa/nueva-contrasena", en: "cooperative/reset-password" },
  requests: { es: "cooperativa/propuestas", en: "cooperative/requests" },
  newRequest: { es: "cooperativa/propuestas/nueva", en: "cooperative/requests/new" },
  orders: { es: "cooperativa/pedidos", en: "cooperative/orders" },
  payments: { es: "cooperativa/pagos", en: "cooperative/payments" },
  statement: { es: "cooperativa/pagos/estado-de-cuenta", en: "cooperative/payments/statement" },
} as const

export type PortalPage = keyof typeof PORTAL_PATHS
export type PortalLanguage = "es" | "en"

/** The path of a portal page, e.g. /es/cooperativa/entrar (anything but English reads Spanish). */
export function portalPath(language: string, page: PortalPage): string {
  const lang: PortalLanguage = language === "en" ? "en" : "es"
  return `/${lang}/${PORTAL_PATHS[page][lang]}`
}
