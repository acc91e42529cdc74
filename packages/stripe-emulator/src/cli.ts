#!/usr/bin/env node
/**
 * stripe-emulator: starts the emulator from environment variables.
 *   STRIPE_EMULATOR_PORT (default 12111), STRIPE_EMULATOR_HOST (default 127.0.0.1),
 *   STRIPE_EMULATOR_PUBLIC_URL, STRIPE_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET,
 *   STRIPE_EMULATOR_STATE (JSON file to persist state), STRIPE_EMULATOR_QUIET=1 (no request log)
 */
import { createStripeEmulator } from "./index"

async function main(): Promise<void> {
  const env = process.env
  const portArg = process.argv.find((a) => a.startsWith("--port="))
  const port = Number(portArg ? portArg.slice(7) : (env.STRIPE_EMULATOR_PORT ?? 12111))
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`)
  const quiet = env.STRIPE_EMULATOR_QUIET === "1"
  const emulator = await createStripeEmulator({
    port,
    host: env.STRIPE_EMULATOR_HOST || "127.0.0.1",
    publicUrl: env.STRIPE_EMULATOR_PUBLIC_URL || undefined,
    log: quiet ? undefined : (line) => console.log(`[stripe-emulator] ${line}`),
  })
  console.log(`Stripe emulator listening on ${emulator.url}`)
  console.log(`  SDK:       new Stripe('sk_test_...', { host: '${emulator.host}', port: ${emulator.port}, protocol: 'http' })`)
  console.log(`  Stripe.js: ${emulator.url}/v3`)
  console.log(`  Webhooks:  ${emulator.webhooks.url ?? "(none; set STRIPE_WEBHOOK_URL and STRIPE_WEBHOOK_SECRET)"}`)
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

main().catch((err) => {
  console.error(`[stripe-emulator] ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
