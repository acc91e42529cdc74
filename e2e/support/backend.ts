// Direct calls to the Medusa backend the journeys run against (admin checks, stock and price changes).
const BACKEND = process.env.E2E_BACKEND_URL || "http://localhost:9000"
const KEY = process.env.E2E_PUBLISHABLE_KEY || ""
// run.mjs creates the stack's admin with a random password and passes it here.
const ADMIN = { email: process.env.TELAR_ADMIN_EMAIL as string, password: process.env.TELAR_ADMIN_PASSWORD as string }

let token: string | undefined

async function call<T>(path: string, init: RequestInit & { admin?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", ...(init.headers as Record<string, string>) }
  if (init.admin) {
    token ??= await login()
    headers.authorization = `Bearer ${token}`
  } else {
    headers["x-publishable-api-key"] = KEY
  }
  const response = await fetch(`${BACKEND}${path}`, { ...init, headers })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${JSON.stringify(body)}`)
  return body as T
}

async function login() {
  const response = await fetch(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const body = await response.json()
  if (!body.token) throw new Error(`admin login failed: ${JSON.stringify(body)}`)
  return body.token as string
}

export const adminGet = <T = any>(path: string) => call<T>(path, { admin: true })
export const adminPost = <T = any>(path: string, body: unknown) =>
  call<T>(path, { admin: true, method: "POST", body: JSON.stringify(body) })
export const storeGet = <T = any>(path: string) => call<T>(path)

/** A published product by handle, with variants, stock and cooperative. */
export async function productByHandle(handle: string) {
  const { products } = await storeGet<{ products: any[] }>(
    `/store/products?handle=${handle}&fields=+variants.inventory_quantity,+cooperative.handle,+cooperative.name,+metadata`
  )
  return products[0]
}

/** Finds a seeded piece matching a predicate on the store API (e.g. one of a kind and in stock). */
export async function findProduct(predicate: (product: any) => boolean) {
  const { products } = await storeGet<{ products: any[] }>(
    "/store/products?limit=200&fields=handle,title,metadata,+variants.inventory_quantity,+variants.id,+cooperative.handle,+cooperative.name"
  )
  const product = products.find(predicate)
  if (!product) throw new Error("no seeded product matches")
  return product
}

export async function ordersFor(email: string) {
  const { orders } = await adminGet<{ orders: any[] }>(
    `/admin/orders?q=${encodeURIComponent(email)}&fields=id,display_id,email,payment_status,total,currency_code`
  )
  return orders.filter((order) => order.email === email)
}

/** A seeded piece anyone can buy a few of (one variant, more than 3 in stock), with its cooperative's admin id. */
export async function stockedPiece() {
  const piece = await findProduct(
    (product) =>
      !product.metadata?.one_of_a_kind && product.variants.length === 1 && product.variants[0].inventory_quantity > 3 && product.cooperative
  )
  const { cooperatives } = await adminGet(`/admin/cooperatives?handle=${piece.cooperative.handle}&fields=id,name`)
  return { piece, cooperative: cooperatives[0] as { id: string; name: string } }
}
