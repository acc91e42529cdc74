/** The coordinators' portal lives in the storefront, with its own words in each language. */
export const PORTAL_PATHS = {
  home: { es: "cooperativa", en: "cooperative" },
  invitation: { es: "cooperativa/invitacion", en: "cooperative/invitation" },
  passwordReset: { es: "cooperativa/nueva-contrasena", en: "cooperative/new-password" },
} as const

export type PortalPage = keyof typeof PORTAL_PATHS

export function coordinatorPortalUrl(locale: "es" | "en", page: PortalPage, query?: Record<string, string>): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  const search = query ? `?${new URLSearchParams(query).toString()}` : ""
  return `${base}/${locale}/${PORTAL_PATHS[page][locale]}${search}`
}
