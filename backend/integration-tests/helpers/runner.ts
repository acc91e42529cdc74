import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { assertLedgerInvariant } from "./ledger-invariant"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's integration test runner, and after every test the payout ledger's invariant over
 * every order in the database (ledger-invariant.ts). Its afterEach is registered after the
 * spec's own, so it sees the database once those have let webhooks and subscribers finish.
 */
export function integrationTestRunner(options: RunnerOptions) {
  return medusaIntegrationTestRunner({
    ...options,
    testSuite: (suite) => {
      options.testSuite(suite)
      afterEach(async () => {
        const container = suite.getContainer()
        if (container) await assertLedgerInvariant(container)
      })
    },
  })
}
