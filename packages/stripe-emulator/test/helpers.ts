import http from "node:http"
import type { AddressInfo } from "node:net"
import { createStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from "../src"

// eslint-disable-next-line @typescript-eslint/no-var-requires
export const StripeV19 = require("stripe")
const medusaStripeEntry = require.resolve("@medusajs/payment-stripe")
// eslint-disable-next-line @typescript-eslint/no-var-requires
export const StripeV15 = require(require.resolve("stripe", { paths: [medusaStripeEntry] }))

export const SDKS: Array<[string, any]> = [
  ["stripe v19", StripeV19],
  ["stripe v15", StripeV15],
]

export const SECRET_KEY = "sk_test_emulator_123"
export const PUBLISHABLE_KEY = "pk_test_emulator_123"

export function sdkFor(Stripe: any, emulator: StripeEmulator, key = SECRET_KEY): any {
  return new Stripe(key, { host: "127.0.0.1", port: emulator.port, protocol: "http", maxNetworkRetries: 0 })
}

export async function startEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  return createStripeEmulator({ port: 0, webhookUrl: "", statePath: "", ...options })
}

/** An emulator started before a suite's tests and closed after them, with `Stripe` (an SDK class) pointed at it. */
export function emulatorSuite(Stripe: any, options: StripeEmulatorOptions = {}) {
  const suite = {} as { emulator: StripeEmulator; stripe: any }
  beforeAll(async () => {
    suite.emulator = await startEmulator(options)
    suite.stripe = sdkFor(Stripe, suite.emulator)
  })
  afterAll(() => suite.emulator.close())
  return suite
}

/** POSTs to the emulator without the SDK. */
export async function post(emulator: StripeEmulator, path: string, body = "", headers: Record<string, string> = {}) {
  const res = await fetch(emulator.url + path, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body,
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) }
}

export interface ReceivedWebhook {
  body: string
  signature: string
}

/** A local webhook receiver; `failFirst` makes the first N requests answer 500. */
export async function startReceiver(failFirst = 0) {
  const received: ReceivedWebhook[] = []
  let failures = failFirst
  const waiters: Array<() => void> = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.setEncoding("utf8")
    req.on("data", (c: string) => (body += c))
    req.on("end", () => {
      if (failures > 0) {
        failures--
        res.writeHead(500).end("nope")
        return
      }
      received.push({ body, signature: String(req.headers["stripe-signature"]) })
      res.writeHead(200, { "Content-Type": "application/json" }).end('{"received":true}')
      for (const w of waiters.splice(0)) w()
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/stripe`
  return {
    url,
    received,
    types: () => received.map((r) => JSON.parse(r.body).type as string),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}
