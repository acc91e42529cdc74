import { useQuery } from "@tanstack/react-query"
import type { CooperativePayoutBalance } from "@telar/types"
import { adminFetch } from "../../../lib/api"
import { payoutKeys } from "../../../lib/payouts"

/** Cooperative names by id, from the balances list (it names every cooperative); ids stay when it cannot be read. */
export function useCooperativeNames(): Map<string, string> {
  const { data } = useQuery({
    queryKey: payoutKeys.balances,
    queryFn: () => adminFetch<{ balances: CooperativePayoutBalance[]; count: number }>("/admin/payouts/balances"),
  })
  return new Map((data?.balances ?? []).map((row) => [row.cooperative_id, row.name]))
}

/** Staff emails by user id, for "created by" and "settled by"; the same query the exchange-rates page makes. */
export function useUserEmails(): Map<string, string> {
  const { data } = useQuery({
    queryKey: ["telar", "users"],
    queryFn: () => adminFetch<{ users: { id: string; email: string }[] }>("/admin/users", { query: { limit: 100, fields: "id,email" } }),
  })
  return new Map((data?.users ?? []).map((user) => [user.id, user.email]))
}
