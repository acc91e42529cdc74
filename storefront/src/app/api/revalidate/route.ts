import { revalidateTag } from "next/cache"
import { NextResponse } from "next/server"
import { TAGS } from "@/lib/data/client"
import { verifySignature } from "@/lib/util/signature"

export const dynamic = "force-dynamic"

const KNOWN = new Set<string>(Object.values(TAGS))
const MAX_BODY = 16 * 1024

/**
 * Backend hook: POST {"tags": ["products", ...]} signed with
 * x-telar-signature: t=<unix seconds>,sha256=<hex HMAC-SHA256(`${t}.${raw body}`, REVALIDATE_SECRET)>;
 * signatures older than five minutes are refused, so a captured request cannot be replayed later.
 * Expires the shared catalog caches so the next visitor sees new products, prices and stock.
 */
export async function POST(request: Request) {
  // Refuse a big body before reading it; the length is checked again on what actually arrived.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) {
    return NextResponse.json({ error: "payload too large" }, { status: 413 })
  }
  const raw = await request.text()
  if (raw.length > MAX_BODY) return NextResponse.json({ error: "payload too large" }, { status: 413 })
  if (!verifySignature(raw, request.headers.get("x-telar-signature"), process.env.REVALIDATE_SECRET)) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 })
  }
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return NextResponse.json({ error: "body must be JSON" }, { status: 400 })
  }
  const tags = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === "string")) {
    return NextResponse.json({ error: 'expected {"tags": string[]}' }, { status: 400 })
  }
  const revalidated = [...new Set(tags)].filter((tag) => KNOWN.has(tag))
  // Stock and prices must not be served stale: expire now rather than stale-while-revalidate.
  for (const tag of revalidated) revalidateTag(tag, { expire: 0 })
  const ignored = tags.filter((tag) => !KNOWN.has(tag))
  return NextResponse.json({ revalidated, ...(ignored.length ? { ignored } : {}) })
}
