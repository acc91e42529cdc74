import { renderMail } from "../../../modules/smtp-notification/templates"

/** ICU separates some parts with narrow no-break spaces; compare words, not spacing. */
const words = (text: string) => text.replace(/\s+/g, " ")

const refunded = {
  order_number: 12,
  return_number: 3,
  customer_name: "Ana",
  cooperative_name: "Tejedoras <b>& Co</b>",
  lines: [{ title: "Huipil", variant: "Talla: M", quantity: 1 }],
  refund: { amount: 9742, currency_code: "usd" },
  pieces_to_come: 1,
}

describe("return-refunded mail", () => {
  it("tells the shopper in Spanish what came back, what went to the card, to the cent, and what is still to come", () => {
    const mail = renderMail("return-refunded", { ...refunded, locale: "es" })
    expect(words(mail.subject)).toBe("Te devolvimos USD 97.42 a tu tarjeta (pedido #12)")
    const text = words(mail.text)
    expect(text).toContain("Hola, Ana: Tejedoras <b>& Co</b> recibió las piezas que devolviste (devolución 3): 1 × Huipil (Talla: M)")
    expect(text).toContain("Te devolvimos USD 97.42 a la tarjeta con la que pagaste.")
    expect(text).toContain("Aún no llega 1 pieza más de esta devolución")
    expect(mail.html).toContain('<html lang="es">')
    expect(mail.html).toContain("Tejedoras &lt;b&gt;&amp; Co&lt;/b&gt;")
  })

  it("writes in English, with nothing still to come once every piece is back", () => {
    const mail = renderMail("return-refunded", {
      ...refunded,
      locale: "en",
      pieces_to_come: 0,
      refund: { amount: 175050, currency_code: "mxn" },
    })
    expect(words(mail.subject)).toBe("We have refunded MX$1,750.50 to your card (order #12)")
    const text = words(mail.text)
    expect(text).toContain("Hello Ana, Tejedoras <b>& Co</b> has received the pieces you sent back (return 3): 1 × Huipil (Talla: M)")
    expect(text).toContain("We have refunded MX$1,750.50 to the card you paid with.")
    expect(text).not.toContain("not arrived yet")
  })

  it("refuses a refund of nothing or without pieces", () => {
    expect(() => renderMail("return-refunded", { ...refunded, refund: { amount: 0, currency_code: "usd" } })).toThrow(/invalid data/)
    expect(() => renderMail("return-refunded", { ...refunded, lines: [] })).toThrow(/invalid data/)
  })
})
