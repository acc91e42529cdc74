import { useMutation, useQueryClient } from "@tanstack/react-query"
import { adminFetch } from "../../../lib/api"
import { telarKeys } from "../../../lib/queries"
import type { AdminCooperative } from "../../../lib/types"

/** POST /admin/cooperatives/:id; the answer replaces the page's copy and the list refreshes. */
export function useUpdateCooperative(cooperativeId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      adminFetch<{ cooperative: AdminCooperative }>(`/admin/cooperatives/${cooperativeId}`, { method: "POST", body }),
    onSuccess: ({ cooperative }) => {
      queryClient.setQueryData(telarKeys.cooperative(cooperativeId), { cooperative })
      queryClient.invalidateQueries({ queryKey: telarKeys.cooperativeList })
    },
  })
}
