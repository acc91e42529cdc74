/**
 * Text folding for the catalog: case- and accent-insensitive, so "Ámbar", "ámbar" and "AMBAR"
 * compare equal. Used for technique values.
 */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}
