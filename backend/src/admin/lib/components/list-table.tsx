import { Table } from "@medusajs/ui"
import type { ReactNode } from "react"
import { ErrorAlert, Loading, Muted } from "./feedback"
import { Pager, type PagerProps } from "./pager"

type Props = {
  error: unknown
  isLoading: boolean
  /** "batches" -> "Loading batches…". */
  what: string
  isEmpty: boolean
  /** Said instead of the table when there is no row. */
  empty: ReactNode
  /** The header cells. */
  header: ReactNode
  /** The body rows. */
  children: ReactNode
  /** A paged list runs edge to edge (it scrolls sideways) with previous/next under it. */
  pager?: PagerProps
}

/** A section's table: the API's error, then loading, the empty note, or the rows. */
export const ListTable = ({ error, isLoading, what, isEmpty, empty, header, children, pager }: Props) => {
  const table = (
    <Table>
      <Table.Header>
        <Table.Row>{header}</Table.Row>
      </Table.Header>
      <Table.Body>{children}</Table.Body>
    </Table>
  )
  return (
    <>
      <ErrorAlert error={error} />
      {isLoading ? (
        <Loading what={what} />
      ) : isEmpty ? (
        <Muted>{empty}</Muted>
      ) : pager ? (
        <div className="-mx-6 overflow-x-auto">
          {table}
          <Pager {...pager} />
        </div>
      ) : (
        table
      )}
    </>
  )
}
