import { renderMail } from "../templates"
import { austinAddress, words } from "./mail-fixtures"

const shipped = {
  order_number: 12,
  customer_name: "Ana",
  cooperative_name: "Tejedoras <b>& Co</b>",
  lines: [
    { title: "Huipil", variant: "Talla: M", quantity: 1 },
    { title: "Rebozo", variant: null, quantity: 2 },
  ],
  carrier: "Estafeta",
  tracking_number: "EST-0001",
  tracking_url: "https://track.example/EST-0001",
  charged: { amount: 5088, currency_code: "usd", covers: "parcels" as const },
  parcels_to_come: 2,
  ship_to: austinAddress,
}

describe("parcel-shipped mail", () => {
  it("tells the shopper in Spanish which parcel left, how to follow it and what was charged", () => {
    const mail = renderMail("parcel-shipped", { ...shipped, locale: "es" })
    expect(mail.subject).toBe("Tus piezas de Tejedoras <b>& Co</b> van en camino (pedido #12)")
    const text = words(mail.text)
    expect(text).toContain("Tejedoras <b>& Co</b> envió su paquete de tu pedido #12: 1 × Huipil (Talla: M) 2 × Rebozo")
    expect(text).toContain("Paquetería: Estafeta Número de guía: EST-0001 Sigue el paquete: https://track.example/EST-0001")
    expect(text).toContain("Ahora cobramos USD 50.88 a tu tarjeta por este paquete (sus piezas y su envío).")
    expect(text).toContain("Tus otras piezas viajan en 2 paquetes más")
    expect(text).toContain("Ana López 100 Main St Austin, TX 78701 Estados Unidos")
    expect(mail.html).toContain('<html lang="es">')
    expect(mail.html).toContain("Tejedoras &lt;b&gt;&amp; Co&lt;/b&gt;")
    expect(mail.html).not.toContain("<b>& Co</b>")
  })

  it("says in English when the whole order was charged, and leaves out what is not known", () => {
    const mail = renderMail("parcel-shipped", {
      ...shipped,
      locale: "en",
      carrier: null,
      tracking_number: null,
      tracking_url: null,
      charged: { amount: 12557, currency_code: "usd", covers: "order" },
      parcels_to_come: 1,
    })
    const text = words(mail.text)
    expect(text).toContain("We have now charged $125.57 to your card: your whole order, as your card allows a single charge.")
    expect(text).toContain("Your other pieces travel in 1 more parcel")
    expect(text).not.toMatch(/Carrier|Tracking|Follow the parcel/)
  })

  it("says nothing of a charge or other parcels when there is none", () => {
    const text = words(renderMail("parcel-shipped", { ...shipped, locale: "en", charged: null, parcels_to_come: 0 }).text)
    expect(text).not.toMatch(/charged|more parcel/)
  })

  it("refuses a tracking link that is not a web address", () => {
    expect(() => renderMail("parcel-shipped", { ...shipped, tracking_url: "javascript:alert(1)" })).toThrow(/invalid data/)
  })
})
