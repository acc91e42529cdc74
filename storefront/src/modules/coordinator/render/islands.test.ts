import { createElement } from "react"
import { renderToString } from "react-dom/server"
import en from "../../../../messages/en.json"
import es from "../../../../messages/es.json"

// The portal's bundles alias next-intl to ./intl; so does this test.
jest.mock("next-intl", () => jest.requireActual("./intl"))

import type { CoordinatorOrder, ProductRequest } from "@telar/types"
import { ParcelActions } from "../components/parcel-actions"
import { RequestForm } from "../components/request-form"
import { Shelf } from "../components/shelf"
import { IntlProvider } from "./intl"
import { ISLAND_WORDS, type IslandName } from "./islands"

/** An island as the browser renders it: with only the messages its page ships. */
function render(name: IslandName, locale: "es" | "en", element: React.ReactElement): string {
  const portal = (locale === "en" ? en : es).portal as Record<string, unknown>
  const messages = { portal: Object.fromEntries(ISLAND_WORDS[name].map((namespace) => [namespace, portal[namespace]])) }
  return renderToString(createElement(IntlProvider, { value: { locale, timeZone: "America/Mexico_City", messages } }, element))
}

const variant = {
  id: "variant_1",
  title: "Azul",
  sku: null,
  product_id: "prod_1",
  product_title: "Huipil",
  label: "Huipil · Azul",
  inventory_item_id: "iitem_1",
  stocked_quantity: 3,
  reserved_quantity: 1,
  available_quantity: 2,
  sold_last_30_days: 0,
}
const product = {
  id: "prod_1",
  title: "Huipil",
  handle: "huipil",
  status: "published",
  thumbnail: "/static/huipil.svg",
  variants: [variant],
}
const moved = { id: "coord_1", name: "Ana" }
const parcels: CoordinatorOrder["parcel"][] = [
  { status: "pending", ready_at: null, ready_by: null, handed_at: null, handed_by: null, carrier: null, tracking_number: null },
  {
    status: "ready",
    ready_at: "2026-12-01T10:00:00Z",
    ready_by: null,
    handed_at: null,
    handed_by: null,
    carrier: null,
    tracking_number: null,
  },
  {
    status: "handed_to_carrier",
    ready_at: "2026-12-01T10:00:00Z",
    ready_by: moved,
    handed_at: "2026-12-02T10:00:00Z",
    handed_by: moved,
    carrier: "Estafeta",
    tracking_number: "EST1",
  },
]
const returned: ProductRequest = {
  id: "preq_1",
  client_request_id: "c-1",
  status: "returned",
  revision: 1,
  title_es: "Huipil",
  story_es: "Historia",
  materials: "Algodón",
  technique: "Telar de cintura",
  producer_price: { amount: 125050, currency_code: "mxn" },
  stock: 2,
  photos: [{ id: "photo_1", url: "/static/photo.jpg" }] as ProductRequest["photos"],
  staff_comment: "Otra foto, por favor",
  product: null,
  reviewed_at: null,
  created_at: "2026-12-01T10:00:00Z",
  updated_at: "2026-12-01T10:00:00Z",
}

describe.each(["es", "en"] as const)("each island words everything from the messages its page ships (%s)", (locale) => {
  const cases: [IslandName, React.ReactElement][] = [
    ["shelf", createElement(Shelf, { products: [], notice: null, mutationIds: {} })],
    [
      "shelf",
      createElement(Shelf, {
        products: [product],
        notice: { variant_id: "variant_1", error: "sessionExpired" },
        mutationIds: { variant_1: "m-1" },
      }),
    ],
    ...parcels.map((parcel): [IslandName, React.ReactElement] => [
      "parcel",
      createElement(ParcelActions, { order: { id: "order_1", parcel } }),
    ]),
    ["request-form", createElement(RequestForm, { locale })],
    ["request-form", createElement(RequestForm, { locale, returned })],
  ]

  it.each(cases.map(([name, element], index) => [`${name} #${index + 1}`, name, element] as const))("%s", (_label, name, element) => {
    const html = render(name, locale, element)
    expect(html.length).toBeGreaterThan(100)
    // A message missing from the page's catalogue shows as its key.
    expect(html).not.toMatch(/portal\.[a-zA-Z]/)
  })
})
