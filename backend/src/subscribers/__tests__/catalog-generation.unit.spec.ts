import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogGeneration } from "../../lib/http-cache/generation"
import bumpCatalogGeneration from "../catalog-generation"

/** A local event bus: interceptors see every emitted event. */
function localBus() {
  const interceptors: ((message: { name: string }) => void)[] = []
  return {
    addInterceptor: (interceptor: (message: { name: string }) => void) => interceptors.push(interceptor),
    emit: (name: string) => {
      for (const interceptor of interceptors) interceptor({ name })
    },
  }
}

const deliver = (bus: ReturnType<typeof localBus>, name: string) =>
  bumpCatalogGeneration({ event: { name, data: {} }, container: { resolve: () => bus } as unknown as MedusaContainer } as never)

describe("the catalog-generation subscriber", () => {
  it("bumps for an event its process emitted before the interceptor was in place, then leaves it to the interceptor", async () => {
    const bus = localBus()
    const before = await catalogGeneration().current()
    await deliver(bus, "product.updated")
    const afterFirst = await catalogGeneration().current()
    expect(afterFirst).not.toBe(before)

    bus.emit("product.updated")
    const afterEmit = await catalogGeneration().current()
    expect(afterEmit).not.toBe(afterFirst)
    await deliver(bus, "product.updated")
    expect(await catalogGeneration().current()).toBe(afterEmit)
  })
})
