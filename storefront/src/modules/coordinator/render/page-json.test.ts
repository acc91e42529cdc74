import { scriptJson } from "./script-json"

describe("scriptJson", () => {
  it("keeps a coordinator's text from closing the page's <script> or breaking its JSON", () => {
    const text = "Huipil </script><script>alert(1)</script> \u2028 fin"
    const written = scriptJson({ title: text })
    expect(written).not.toContain("</script")
    expect(written).not.toContain("\u2028".normalize())
    expect(JSON.parse(written)).toEqual({ title: text })
  })
})
