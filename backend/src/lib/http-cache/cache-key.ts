/** A query parameter's name up to its first `[` or `.`: the parameters a query parser merges into one value share it. */
function baseName(pair: string) {
  const equals = pair.indexOf("=")
  const raw = equals === -1 ? pair : pair.slice(0, equals)
  let name = raw
  try {
    name = decodeURIComponent(raw.replace(/\+/g, " "))
  } catch {
    // Malformed escapes: the raw name still groups identical spellings together.
  }
  const cut = name.search(/[[.]/)
  return cut === -1 ? name : name.slice(0, cut)
}

/**
 * The request's path and query with the parameters ordered by name, so `?limit=12&offset=0` and
 * `?offset=0&limit=12` share one entry. The order among parameters of one name (`fields=a&fields=b`,
 * `a[0]`, `a.b`) is kept and no value is decoded: two URLs meet only when every parser reads them alike.
 */
export function normalizeUrl(url: string): string {
  const hash = url.indexOf("#")
  const withoutHash = hash === -1 ? url : url.slice(0, hash)
  const mark = withoutHash.indexOf("?")
  if (mark === -1) return withoutHash
  const path = withoutHash.slice(0, mark)
  const pairs = withoutHash
    .slice(mark + 1)
    .split("&")
    .filter(Boolean)
    .map((pair, index) => ({ pair, name: baseName(pair), index }))
  if (!pairs.length) return path
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index))
  return `${path}?${pairs.map(({ pair }) => pair).join("&")}`
}

export type ResponseCacheKeyParts = {
  generation: string
  method: string
  url: string
  publishableKey: string
  salesChannelIds: readonly string[]
  locale?: string
}

/** Everything an anonymous store answer depends on besides the data: the same key, the same bytes. */
export function responseCacheKey(parts: ResponseCacheKeyParts): string {
  return [
    parts.generation,
    parts.method.toUpperCase(),
    normalizeUrl(parts.url),
    parts.publishableKey,
    [...parts.salesChannelIds].sort().join(","),
    parts.locale ?? "",
  ].join("\n")
}
