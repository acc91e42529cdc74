import { renderMail } from "../templates"
import { words } from "./mail-fixtures"

const instructions = {
  order_number: 12,
  return_number: 3,
  customer_name: "Ana",
  cooperative_name: "Tejedoras <b>& Co</b>",
  lines: [
    { title: "Huipil", variant: "Talla: M", quantity: 1 },
    { title: "Rebozo", variant: null, quantity: 2 },
  ],
  return_to: {
    company: "Tejedoras de Zinacantán",
    address_1: "Zinacantán",
    city: "Zinacantán",
    province: "Chiapas",
    postal_code: "29350",
    country_code: "mx",
  },
  refund: { amount: 21000, currency_code: "usd" },
}

describe("return-instructions mail", () => {
  it("tells the shopper in Spanish what to send, to which workshop, how to mark it and what comes back", () => {
    const mail = renderMail("return-instructions", { ...instructions, locale: "es" })
    expect(mail.subject).toBe("Cómo devolver tus piezas a Tejedoras <b>& Co</b> (pedido #12)")
    const text = words(mail.text)
    expect(text).toContain(
      "Envía estas piezas de vuelta a Tejedoras <b>& Co</b>, la cooperativa que las hizo: 1 × Huipil (Talla: M) 2 × Rebozo"
    )
    expect(text).toContain("Envíalas a Tejedoras de Zinacantán Zinacantán Zinacantán, Chiapas 29350 México")
    expect(text).toContain("«Devolución 3»")
    expect(text).toContain("te devolvemos USD 210.00 a tu tarjeta")
    expect(mail.html).toContain('<html lang="es">')
    expect(mail.html).toContain("Tejedoras &lt;b&gt;&amp; Co&lt;/b&gt;")
    expect(mail.html).not.toContain("<b>& Co</b>")
  })

  it("writes in English, and without an amount when none is known", () => {
    const mail = renderMail("return-instructions", { ...instructions, locale: "en", refund: null })
    expect(mail.subject).toBe("How to send your pieces back to Tejedoras <b>& Co</b> (order #12)")
    const text = words(mail.text)
    expect(text).toContain('write "Return 3" on a note inside the parcel')
    expect(text).toContain("we give what you paid for them back to your card")
    expect(text).toContain("Mexico")
  })

  it("refuses data without a workshop address or pieces", () => {
    expect(() => renderMail("return-instructions", { ...instructions, return_to: { country_code: "mx" } })).toThrow(/invalid data/)
    expect(() => renderMail("return-instructions", { ...instructions, lines: [] })).toThrow(/invalid data/)
  })
})
