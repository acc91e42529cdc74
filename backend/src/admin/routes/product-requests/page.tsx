import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ImageSparkle } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AdminProductRequest } from "@telar/types"
import { useState } from "react"
import { adminFetch } from "../../lib/api"
import { ErrorAlert, Muted } from "../../lib/components/feedback"
import { Pager } from "../../lib/components/pager"
import { REQUEST_STATUS, RequestReview } from "./components/request-review"

const PAGE_SIZE = 10
type Filter = AdminProductRequest["status"] | "all"

/** Pieces coordinators proposed from the portal: what waits first (oldest first), each approved or returned from here. */
const ProductRequestsPage = () => {
  const [status, setStatus] = useState<Filter>("pending")
  const [page, setPage] = useState(0)
  const params = { status: status === "all" ? undefined : status, limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, error, isLoading } = useQuery({
    queryKey: ["telar", "product-requests", params],
    queryFn: () => adminFetch<{ product_requests: AdminProductRequest[]; count: number }>("/admin/product-requests", { query: params }),
    placeholderData: keepPreviousData,
  })
  const requests = data?.product_requests ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Product requests</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            New pieces proposed by cooperative coordinators. Approving creates and publishes the product, stocked at the cooperative's
            location with its producer price; returning mails the coordinator your comment.
          </Text>
        </div>
        <div className="w-56">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value as Filter)
              setPage(0)
            }}
          >
            <Select.Trigger aria-label="Show requests">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(REQUEST_STATUS) as AdminProductRequest["status"][]).map((key) => (
                <Select.Item key={key} value={key}>
                  {REQUEST_STATUS[key].label}
                </Select.Item>
              ))}
              <Select.Item value="all">All</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      {error ? <ErrorAlert error={error} className="mx-6 my-4" /> : null}
      {isLoading ? (
        <div className="px-6 py-4">
          <Muted>Loading requests…</Muted>
        </div>
      ) : !requests.length ? (
        <div className="px-6 py-8">
          <Muted>{status === "pending" ? "Nothing waits for a review." : "No requests here."}</Muted>
        </div>
      ) : (
        <>
          {requests.map((request) => (
            <RequestReview key={`${request.id}:${request.revision}:${request.status}`} request={request} />
          ))}
          <Pager count={count} pageSize={PAGE_SIZE} page={page} setPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Product requests", icon: ImageSparkle })

export default ProductRequestsPage
