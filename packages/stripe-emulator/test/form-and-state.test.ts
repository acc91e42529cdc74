import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseForm } from "../src/form"
import { sdkFor, startEmulator, StripeV19 } from "./helpers"

describe("parseForm", () => {
  it("handles the bracket notation the Stripe SDKs send", () => {
    expect(
      parseForm(
        "amount=100&metadata[key]=v&metadata[empty]=&payment_method_types[0]=card&payment_method_types[1]=oxxo" +
          "&expand[]=a&expand[]=b.c&automatic_payment_methods[enabled]=true&shipping[address][line1]=Calle+1%2C+Centro" +
          "&items[0][price]=p1&items[1][price]=p2"
      )
    ).toEqual({
      amount: "100",
      metadata: { key: "v", empty: "" },
      payment_method_types: ["card", "oxxo"],
      expand: ["a", "b.c"],
      automatic_payment_methods: { enabled: "true" },
      shipping: { address: { line1: "Calle 1, Centro" } },
      items: [{ price: "p1" }, { price: "p2" }],
    })
  })

  it("ignores prototype-polluting keys", () => {
    const parsed = parseForm("__proto__[x]=1&a[__proto__][y]=2&constructor[prototype][z]=3")
    expect(({} as any).x).toBeUndefined()
    expect(({} as any).y).toBeUndefined()
    expect(({} as any).z).toBeUndefined()
    expect(Object.keys(parsed)).toEqual(["a"])
  })
})

describe("state persistence (STRIPE_EMULATOR_STATE)", () => {
  it("writes state to the JSON file and reloads it on start", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stripe-emu-"))
    const file = join(dir, "state.json")
    try {
      const first = await startEmulator({ statePath: file })
      const pi = await sdkFor(StripeV19, first).paymentIntents.create({ amount: 999, currency: "usd", payment_method_types: ["card"] })
      await first.close()
      expect(JSON.parse(readFileSync(file, "utf8")).paymentIntents[pi.id].amount).toBe(999)

      const second = await startEmulator({ statePath: file })
      const again = await sdkFor(StripeV19, second).paymentIntents.retrieve(pi.id)
      expect(again.amount).toBe(999)
      await second.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
