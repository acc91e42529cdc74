/** The Spanish text for "es" when there is one, else the English (and vice versa). */
export function localized(locale: string, en: string | null | undefined, es: string | null | undefined): string {
  const preferred = locale === "es" ? es : en
  const other = locale === "es" ? en : es
  return (preferred?.trim() || other?.trim() || "").trim()
}

/** A list in the shopper's language: the Spanish one for "es" when it has entries, else the English (and vice versa). */
export function localizedList(
  locale: string,
  en: readonly string[] | null | undefined,
  es: readonly string[] | null | undefined
): string[] {
  const clean = (list: readonly string[] | null | undefined) => (list ?? []).map((entry) => entry.trim()).filter(Boolean)
  const preferred = clean(locale === "es" ? es : en)
  return preferred.length ? preferred : clean(locale === "es" ? en : es)
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
