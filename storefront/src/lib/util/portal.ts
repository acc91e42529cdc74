/** The coordinators' portal's addresses, in each language's own words (the backend's invitation links match). */
export const PORTAL_PATHS = {
  home: { es: "/es/cooperativa", en: "/en/cooperative" },
  login: { es: "/es/cooperativa/entrar", en: "/en/cooperative/login" },
  invitation: { es: "/es/cooperativa/invitacion", en: "/en/cooperative/invitation" },
} as const

export type PortalPage = keyof typeof PORTAL_PATHS

export function portalPath(locale: string, page: PortalPage): string {
  return PORTAL_PATHS[page][locale === "en" ? "en" : "es"]
}
