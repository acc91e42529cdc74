/** The Spanish text for "es" when there is one, else the English (and vice versa). */
export function localized(locale: string, en: string | null | undefined, es: string | null | undefined): string {
  const preferred = locale === "es" ? es : en
  const other = locale === "es" ? en : es
  return (preferred?.trim() || other?.trim() || "").trim()
}

/** Absolute-path link inside the current language: href("es", "/store") -> "/es/store". */
export function href(locale: string, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`
}

/** Metadata alternates for a path that exists in both languages. */
export function alternates(locale: string, path: string): { canonical: string; languages: Record<string, string> } {
  return {
    canonical: href(locale, path),
    languages: { en: href("en", path), es: href("es", path), "x-default": href("en", path) },
  }
}
