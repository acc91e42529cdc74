/**
 * Text folding for the catalog: case- and accent-insensitive, so "Ámbar", "ámbar" and "AMBAR"
 * compare equal. Used for technique values and for the in-memory fallback of free-text search.
 */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}

/** The words of a shopper's query, folded; punctuation separates words. */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * Whether every word of the query starts a word somewhere in the texts ("huipil" finds
 * "Huipiles", "ambar" finds "Collar de ámbar"). Only used when the search index cannot answer.
 */
export function matchesWords(words: string[], texts: (string | null | undefined)[]): boolean {
  if (!words.length) return true
  const haystack = new Set(
    texts.flatMap((text) => (text ? foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : []))
  )
  return words.every((word) => [...haystack].some((candidate) => candidate.startsWith(word)))
}
