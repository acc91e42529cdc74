import { Table } from "@medusajs/ui"
import type { Dispatch, SetStateAction } from "react"

export type PagerProps = { count: number; pageSize: number; page: number; setPage: Dispatch<SetStateAction<number>> }

/** Previous/next under a paged list; `page` is zero-based and there is always at least one page. */
export const Pager = ({ count, pageSize, page, setPage }: PagerProps) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => setPage((current) => Math.max(0, current - 1))}
      nextPage={() => setPage((current) => current + 1)}
    />
  )
}
