/**
 * The live parts of the portal's pages, by name (../server renders them, ./browser brings them to
 * life), and the message namespaces under `portal` each one words in the browser: a page ships
 * only these (islands.test.ts renders each island with just them).
 */
export const ISLAND_WORDS = {
  shelf: ["home", "shelf", "sync"],
  parcel: ["orders"],
  "request-form": ["requestForm"],
} as const satisfies Record<string, readonly string[]>

export type IslandName = keyof typeof ISLAND_WORDS
