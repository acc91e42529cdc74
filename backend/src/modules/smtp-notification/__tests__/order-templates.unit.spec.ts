import { mailLocale, renderMail } from "../templates"
import { formatMoney } from "../templates/format"
import { html } from "../templates/html"
import { austinAddress, words } from "./mail-fixtures"

const shipTo = { ...austinAddress, phone: "+1 512 555 0100" }

const order = {
  order_number: 7,
  customer_name: "Ana",
  currency_code: "usd",
  parcels: [
    {
      cooperative_name: "Tejedoras <b>& Co</b>",
      lines: [{ title: "Huipil", variant: "Talla: M", quantity: 2, unit_price: 12050, total: 24100 }],
      shipping: { speed: "express" as const, name: "Express", amount: 3200 },
    },
  ],
  ship_to: shipTo,
  totals: { subtotal: 24100, discount: 1000, shipping: 3200, taxes: 0, total: 26300 },
  cooperative_shares: [{ cooperative_name: "Tejedoras <b>& Co</b>", amount: 15000, payout: 270000, payout_currency: "mxn" }],
}

const sold = {
  coordinator_name: "Xunka'",
  cooperative_name: "Tejedoras",
  order_number: "7",
  lines: [{ title: "Huipil", variant: null, quantity: 1 }],
  shipping: { speed: "standard" as const, name: "Standard" },
  ship_to: shipTo,
  portal_url: "https://telar.example/es/cooperativa",
}

describe("money in mails", () => {
  it("formats integer minor units exactly, as the storefront does in each language", () => {
    expect(formatMoney(12050, "usd", "en")).toBe("$120.50")
    expect(formatMoney(270000, "mxn", "en")).toBe("MX$2,700.00")
    expect(formatMoney(270000, "mxn", "es")).toBe("$2,700.00")
    expect(words(formatMoney(12050, "usd", "es"))).toBe("USD 120.50")
    // Beyond a double's exact range of cents, still every digit.
    expect(formatMoney(900719925474099, "usd", "en")).toBe("$9,007,199,254,740.99")
  })

  it("escapes every part of an interpolated list", () => {
    expect(html`<ul>${["<a>", html`<li>${"&"}</li>`]}</ul>`.markup).toBe("<ul>&lt;a&gt;<li>&amp;</li></ul>")
  })

  it("reads a shopper's locale with English as the fallback", () => {
    expect(mailLocale("es-MX", "en")).toBe("es")
    expect(mailLocale(null, "en")).toBe("en")
    expect(mailLocale("fr-FR", "en")).toBe("en")
  })
})

describe("order confirmation", () => {
  it("lists each parcel, the totals and each cooperative's producer price, escaped", () => {
    const mail = renderMail("order-confirmation", { ...order, locale: "en" })
    expect(mail.subject).toBe("Your Telar order #7")
    const text = words(mail.text)
    expect(text).toContain("Parcel from Tejedoras <b>& Co</b> 2 × Huipil (Talla: M): $241.00 ($120.50 each) Express shipping: $32.00")
    expect(text).toContain("Ana López 100 Main St Austin, TX 78701 United States Phone: +1 512 555 0100")
    expect(text).toContain("Subtotal: $241.00 Discount: −$10.00 Shipping: $32.00 Taxes: $0.00 Total: $263.00")
    expect(text).toContain("receives MX$2,700.00, its producer price (about $150.00 of what you paid")
    expect(mail.html).toContain("Tejedoras &lt;b&gt;&amp; Co&lt;/b&gt;")
    expect(mail.html).not.toContain("<b>")
  })

  it("says the producer price alone when the shopper paid in the cooperative's currency", () => {
    const mail = renderMail("order-confirmation", {
      ...order,
      currency_code: "mxn",
      cooperative_shares: [{ cooperative_name: "Tejedoras", amount: 270000, payout: 270000, payout_currency: "mxn" }],
      locale: "es",
    })
    expect(words(mail.text)).toContain("Tejedoras recibe $2,700.00, su precio de productor.")
    expect(mail.text).not.toContain("tipo de cambio")
  })

  it("refuses amounts that are not whole minor units", () => {
    const bad = { ...order, totals: { ...order.totals, total: 263.5 } }
    expect(() => renderMail("order-confirmation", bad)).toThrow(/totals\.total|total/)
  })
})

describe("piece sold", () => {
  it("tells the coordinator what to pack and where to send it, in Spanish by default", () => {
    const mail = renderMail("piece-sold", sold)
    expect(mail.subject).toBe("Se vendió 1 pieza de Tejedoras (pedido #7)")
    expect(words(mail.text)).toContain("Forma de envío que eligió: Envío estándar.")
    expect(words(mail.text)).toContain("Austin, TX 78701 Estados Unidos")
    expect(mail.html).toContain("Hola, Xunka&#39;:")
    expect(renderMail("piece-sold", { ...sold, locale: "en", lines: [{ title: "Huipil", quantity: 3 }] }).subject).toBe(
      "3 pieces from Tejedoras sold (order #7)"
    )
  })

  it("refuses a portal link that is not http(s)", () => {
    expect(() => renderMail("piece-sold", { ...sold, portal_url: "javascript:alert(1)" })).toThrow(/portal_url/)
  })
})

describe("password reset", () => {
  it("names whose login it is and when the link expires", () => {
    const data = {
      audience: "coordinator",
      reset_url: "https://telar.example/es/cooperativa/nueva-contrasena?token=t&email=a%40b.c",
      expires_at: "2026-12-10T18:15:00.000Z",
    }
    const spanish = renderMail("password-reset", data)
    expect(spanish.text).toContain("tu acceso al portal de la cooperativa")
    expect(words(spanish.text)).toContain("vence el 10 de diciembre de 2026")
    expect(spanish.html).toContain('href="https://telar.example/es/cooperativa/nueva-contrasena?token=t&amp;email=a%40b.c"')
    const english = renderMail("password-reset", { ...data, audience: "shopper", locale: "en" })
    expect(english.text).toContain("the password of your Telar account")
    expect(() => renderMail("password-reset", { ...data, audience: "admin" })).toThrow(/audience/)
  })
})
