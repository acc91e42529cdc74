import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Heading, Input, StatusBadge, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../../lib/api"
import { ErrorAlert, Muted } from "../../lib/components/feedback"
import { Pager } from "../../lib/components/pager"
import { STATUS_COLORS, STATUS_LABELS } from "../../lib/constants"
import { formatMoney } from "../../lib/money"
import { telarKeys } from "../../lib/queries"
import type { AdminCooperative, AdminLedgerPage } from "../../lib/types"

const PAGE_SIZE = 20

/** What the network owes the cooperative now: one small ledger request per row (a SUM in SQL). */
const BalanceCell = ({ cooperativeId }: { cooperativeId: string }) => {
  const { data, isError } = useQuery({
    queryKey: telarKeys.balance(cooperativeId),
    queryFn: () => adminFetch<AdminLedgerPage>(`/admin/cooperatives/${cooperativeId}/ledger`, { query: { limit: 1, fields: "id" } }),
  })
  if (isError) return <span className="text-ui-fg-muted">—</span>
  if (!data) return <span className="text-ui-fg-muted">…</span>
  return <span className="tabular-nums">{formatMoney(data.balance.amount, data.balance.currency_code)}</span>
}

const CooperativesPage = () => {
  const [page, setPage] = useState(0)
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const params = { limit: PAGE_SIZE, offset: page * PAGE_SIZE, q: q || undefined, order: "name", fields: "+products.id" }
  const { data, error, isLoading } = useQuery({
    queryKey: telarKeys.cooperatives(params),
    queryFn: () => adminFetch<{ cooperatives: AdminCooperative[]; count: number }>("/admin/cooperatives", { query: params }),
    placeholderData: keepPreviousData,
  })
  const cooperatives = data?.cooperatives ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Cooperatives</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The producer cooperatives whose pieces Telar sells, their artisans, coordinators and what they are owed.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/cooperatives/create">Create cooperative</Link>
        </Button>
      </div>
      <form
        className="flex items-center gap-2 px-6 py-3"
        onSubmit={(event) => {
          event.preventDefault()
          setPage(0)
          setQ(search.trim())
        }}
      >
        <Input
          type="search"
          size="small"
          placeholder="Search by name"
          aria-label="Search cooperatives"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button size="small" variant="secondary" type="submit">
          Search
        </Button>
      </form>
      {error ? <ErrorAlert error={error} className="mx-6 my-4" /> : null}
      {isLoading ? (
        <div className="px-6 py-4">
          <Muted>Loading cooperatives…</Muted>
        </div>
      ) : !cooperatives.length ? (
        <div className="px-6 py-8">
          <Muted>{q ? `No cooperative's name matches "${q}".` : "No cooperatives yet. Create the first one with the button above."}</Muted>
        </div>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Community</Table.HeaderCell>
                <Table.HeaderCell>Region</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Products</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Balance owed</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {cooperatives.map((cooperative) => (
                <Table.Row key={cooperative.id}>
                  <Table.Cell>
                    <Link to={`/cooperatives/${cooperative.id}`} className="text-ui-fg-interactive hover:underline">
                      {cooperative.name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{[cooperative.community, cooperative.municipality].filter(Boolean).join(", ")}</Table.Cell>
                  <Table.Cell>{cooperative.region}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLORS[cooperative.status] ?? "grey"}>
                      {STATUS_LABELS[cooperative.status] ?? cooperative.status}
                    </StatusBadge>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{cooperative.products?.length ?? 0}</Table.Cell>
                  <Table.Cell className="text-right">
                    <BalanceCell cooperativeId={cooperative.id} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={count} pageSize={PAGE_SIZE} page={page} setPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Cooperatives", icon: Buildings })

export default CooperativesPage
