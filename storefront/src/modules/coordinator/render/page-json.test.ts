import { serializeJsonLd as scriptJson } from "@/lib/util/json-ld"

describe("the JSON the portal writes into its page (the shop's JSON-LD serializer)", () => {
  it("keeps a coordinator's text from closing the page's <script> or breaking its JSON", () => {
    const text = "Huipil </script><script>alert(1)</script> \u2028 fin"
    const written = scriptJson({ title: text })
    expect(written).not.toContain("</script")
    expect(written).not.toContain("\u2028".normalize())
    expect(JSON.parse(written)).toEqual({ title: text })
  })
})
