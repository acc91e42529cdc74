import { renderMail } from "../templates"

const approved = {
  coordinator_name: "Xunka'",
  cooperative_name: "Sna Jolobil",
  title: "Huipil <de> fiesta",
  product_url: "https://telar.example/es/products/huipil-de-fiesta-abc123",
  portal_url: "https://telar.example/es/cooperativa/propuestas",
}
const returned = {
  coordinator_name: "Xunka'",
  title: "Huipil de fiesta",
  comment: "La foto está oscura.\nManda otra con luz de día.",
  portal_url: "https://telar.example/es/cooperativa/propuestas",
}

describe("product request mails", () => {
  it.each([
    ["es", "«Huipil <de> fiesta» ya está en la tienda de Telar", "Ya se puede comprar en la tienda."],
    ["en", '"Huipil <de> fiesta" is now in the Telar shop', "Shoppers can buy it now."],
  ])("tells an approval in %s, with the piece's page and the portal", (locale, subject, sentence) => {
    const mail = renderMail("product-request-approved", { ...approved, locale })
    expect(mail.subject).toBe(subject)
    expect(mail.text).toContain(sentence)
    expect(mail.text).toContain(approved.product_url)
    expect(mail.text).toContain(approved.portal_url)
    expect(mail.html).toContain(`<html lang="${locale}">`)
    expect(mail.html).toContain("Huipil &lt;de&gt; fiesta")
    expect(mail.html).not.toContain("<de>")
  })

  it.each([
    ["es", "Tu propuesta «Huipil de fiesta» necesita cambios", "vuelve a mandarla", "Hola, Xunka&#39;:"],
    ["en", 'Your proposal "Huipil de fiesta" needs changes', "send it again", "Hello Xunka&#39;,"],
  ])("quotes staff's comment line by line when a request is returned (%s)", (locale, subject, next, greeting) => {
    const mail = renderMail("product-request-returned", { ...returned, locale })
    expect(mail.subject).toBe(subject)
    expect(mail.text).toContain("> La foto está oscura.\n> Manda otra con luz de día.")
    expect(mail.text).toContain(next)
    expect(mail.html).toContain(greeting)
  })

  it("refuses a returned mail without a comment, and links that are not http(s)", () => {
    expect(() => renderMail("product-request-returned", { ...returned, comment: " " })).toThrow(/comment/)
    expect(() => renderMail("product-request-approved", { ...approved, product_url: "javascript:alert(1)" })).toThrow(/product_url/)
  })
})
