import { randomBytes } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type CooperativeParcel, choicesText } from "@telar/types"
import { html, SafeHtml } from "../../modules/smtp-notification/templates/html"
import { addressLines } from "../../modules/smtp-notification/templates/order-parts"
import type { ParcelOrder } from "./cooperative-parcels"

export const PICK_LIST_LOCALES = ["es", "en"] as const
export type PickListLocale = (typeof PICK_LIST_LOCALES)[number]

const SPANISH = {
  brand: "Telar · comercio justo con las cooperativas artesanas de Chiapas",
  title: "Lista de empaque",
  order: (number: string) => `Pedido #${number}`,
  from: (name: string) => `Paquete de ${name}`,
  noCooperative: "Piezas sin cooperativa",
  print: "Imprimir",
  printHint: "También puede usar la opción Imprimir de su navegador (Ctrl+P).",
  packed: "Empacada",
  quantity: "Cantidad",
  sku: "SKU",
  piece: "Pieza",
  options: "Opciones",
  shipping: "Forma de envío",
  shipTo: "Enviar a",
  phone: "Teléfono",
  noAddress: "El pedido no tiene dirección de envío.",
  shipped: "Este paquete ya se envió.",
  check: "Revise cada pieza y marque su casilla al empacarla.",
}

/** Every word of a pick list: Spanish for the cooperatives that pack, English for staff. */
const TEXT: Record<PickListLocale, typeof SPANISH> = {
  es: SPANISH,
  en: {
    brand: "Telar · fair trade with the artisan cooperatives of Chiapas",
    title: "Pick list",
    order: (number) => `Order #${number}`,
    from: (name) => `Parcel from ${name}`,
    noCooperative: "Pieces of no cooperative",
    print: "Print",
    printHint: "You can also use your browser's Print command (Ctrl+P).",
    packed: "Packed",
    quantity: "Qty",
    sku: "SKU",
    piece: "Piece",
    options: "Options",
    shipping: "Shipping",
    shipTo: "Ship to",
    phone: "Phone",
    noAddress: "The order has no shipping address.",
    shipped: "This parcel has already shipped.",
    check: "Check each piece and tick its box as you pack it.",
  },
}

const STYLE = `
  body { margin: 0; background: #f6f1ea; color: #222; font: 15px/1.45 Helvetica, Arial, sans-serif; }
  main { max-width: 50rem; margin: 0 auto; padding: 2rem; background: #fff; }
  .brand { margin: 0 0 1rem; color: #7a2e1f; font-weight: 600; letter-spacing: .04em; }
  h1 { margin: 0; font-size: 1.5rem; color: #7a2e1f; }
  h2 { margin: 0 0 .25rem; font-size: 1.25rem; }
  section { padding: 1.5rem 0; border-top: 2px solid #222; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  th, td { padding: .5rem; border-bottom: 1px solid #bbb; text-align: left; vertical-align: top; }
  th { background: #f6f1ea; }
  .box { width: 2.5rem; text-align: center; font-size: 1.25rem; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 700; }
  .address { margin: 0 0 0 .75rem; padding: .5rem .75rem; border-left: 3px solid #7a2e1f; font-size: 1.05rem; }
  .notice { font-weight: 700; color: #7a2e1f; }
  .muted { color: #666; font-size: .85rem; }
  button { font: inherit; padding: .5rem 1.25rem; border: 0; border-radius: .375rem; background: #7a2e1f; color: #fff; cursor: pointer; }
  @page { size: letter; margin: 15mm; }
  @media print { body { background: #fff; } main { padding: 0; max-width: none; } .no-print { display: none; } section { break-after: page; } section:last-of-type { break-after: auto; } tr { break-inside: avoid; } }
`

function parcelSection(order: ParcelOrder, parcel: CooperativeParcel, locale: PickListLocale): SafeHtml {
  const text = TEXT[locale]
  const rows = parcel.items.map(
    (item) => html`<tr>
<td class="box">☐</td>
<td class="num">${item.quantity}</td>
<td>${item.sku ?? "—"}</td>
<td>${item.title}</td>
<td>${choicesText(item.options) ?? "—"}</td>
</tr>`
  )
  const address = order.ship_to ? addressLines(order.ship_to, locale, text.phone) : []
  return html`<section>
<h2>${parcel.cooperative ? text.from(parcel.cooperative.name) : text.noCooperative}</h2>
${parcel.shipped ? html`<p class="notice">${text.shipped}</p>` : ""}
${parcel.shipping_method_name ? html`<p>${text.shipping}: ${parcel.shipping_method_name}</p>` : ""}
<table>
<thead><tr><th class="box">${text.packed}</th><th class="num">${text.quantity}</th><th>${text.sku}</th><th>${text.piece}</th><th>${text.options}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<p><strong>${text.shipTo}</strong></p>
${address.length ? html`<p class="address">${address.map((line, index) => (index ? html`<br>${line}` : line))}</p>` : html`<p>${text.noAddress}</p>`}
<p class="muted">${text.check}</p>
</section>`
}

/**
 * The printable pick list of an order: one section (one printed page) per cooperative's parcel,
 * or only `cooperativeId`'s. `nonce` lets the page's one script (the Print button) run.
 */
export function pickListHtml(order: ParcelOrder, options: { cooperativeId?: string; locale: PickListLocale; nonce: string }): string {
  const { locale } = options
  const text = TEXT[locale]
  const parcels = options.cooperativeId ? order.parcels.filter((parcel) => parcel.cooperative?.id === options.cooperativeId) : order.parcels
  if (!parcels.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This order has no pieces from cooperative "${options.cooperativeId}".`)
  }
  const number = String(order.display_id ?? order.id)
  const heading = parcels.length === 1 && parcels[0].cooperative ? ` · ${parcels[0].cooperative.name}` : ""
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title} · ${text.order(number)}${heading}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<main>
<p class="brand">${text.brand}</p>
<h1>${text.title} · ${text.order(number)}</h1>
<p class="no-print"><button type="button" id="print">${text.print}</button> <span class="muted">${text.printHint}</span></p>
${parcels.map((parcel) => parcelSection(order, parcel, locale))}
</main>
<script nonce="${options.nonce}">document.getElementById("print").addEventListener("click", function () { window.print() })</script>
</body>
</html>`.markup
}

/** A printable page: only its own nonce'd script runs, nothing outside it loads, no cache keeps a shopper's address. */
export function sendPickList(res: MedusaResponse, render: (nonce: string) => string): void {
  const nonce = randomBytes(16).toString("base64")
  const page = render(nonce)
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader(
    "Content-Security-Policy",
    `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`
  )
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(page)
}
