import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { BalancesSection } from "./components/balances-section"
import { BatchesSection } from "./components/batches-section"

/** What each cooperative is owed, paying it in a batch, and the batches made so far. */
const PayoutsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">Payouts</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        A cooperative's available balance is its ledger's sum: earnings and advances, less reversals, recoupments and payouts. Pay it in a
        batch: SPEI transfers go out from the bank with the batch's file and are marked paid with the bank's clave de rastreo; Stripe
        Connect transfers are sent at once.
      </Text>
    </Container>
    <BalancesSection />
    <BatchesSection />
  </div>
)

export const config = defineRouteConfig({ label: "Payouts", icon: Cash })

export default PayoutsPage
