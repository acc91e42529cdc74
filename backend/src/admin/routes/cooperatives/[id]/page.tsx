import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"
import { adminFetch } from "../../../lib/api"
import { ErrorAlert, Loading } from "../../../lib/components/feedback"
import { STATUS_COLORS, STATUS_LABELS } from "../../../lib/constants"
import { telarKeys } from "../../../lib/queries"
import type { AdminCooperative } from "../../../lib/types"
import { ArtisansSection } from "../components/artisans-section"
import { CoordinatorsSection } from "../components/coordinators-section"
import { GeneralSection } from "../components/general-section"
import { LedgerSection } from "../components/ledger-section"
import { PayoutAccountSection } from "../components/payout-account-section"
import { ProductsSection } from "../components/products-section"
import { StatusSection } from "../components/status-section"
import { StockChangesSection } from "../components/stock-changes-section"

/** One cooperative: its details and status on top, people in the main column, money and products on the side. */
const CooperativeDetailPage = () => {
  const { id = "" } = useParams()
  const { data, error, isLoading } = useQuery({
    queryKey: telarKeys.cooperative(id),
    queryFn: () => adminFetch<{ cooperative: AdminCooperative }>(`/admin/cooperatives/${id}`),
    enabled: !!id,
  })
  const cooperative = data?.cooperative

  if (!cooperative) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Text size="small">
          <Link to="/cooperatives" className="text-ui-fg-interactive hover:underline">
            ← Cooperatives
          </Link>
        </Text>
        {isLoading ? <Loading what="the cooperative" /> : <ErrorAlert error={error ?? new Error("This cooperative was not found.")} />}
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-start justify-between gap-4 px-6 py-4">
        <div>
          <Text size="small" className="text-ui-fg-subtle">
            <Link to="/cooperatives" className="hover:underline">
              Cooperatives
            </Link>{" "}
            / {cooperative.handle}
          </Text>
          <Heading level="h1">{cooperative.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {cooperative.community}, {cooperative.municipality} · {cooperative.region}
          </Text>
        </div>
        <StatusBadge color={STATUS_COLORS[cooperative.status] ?? "grey"}>
          {STATUS_LABELS[cooperative.status] ?? cooperative.status}
        </StatusBadge>
      </Container>
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <GeneralSection cooperative={cooperative} />
          <ArtisansSection cooperativeId={cooperative.id} />
          <CoordinatorsSection cooperativeId={cooperative.id} />
          <StockChangesSection cooperativeId={cooperative.id} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <StatusSection cooperative={cooperative} />
          <PayoutAccountSection cooperative={cooperative} />
          <LedgerSection cooperativeId={cooperative.id} />
          <ProductsSection cooperative={cooperative} />
        </div>
      </div>
    </div>
  )
}

export default CooperativeDetailPage
