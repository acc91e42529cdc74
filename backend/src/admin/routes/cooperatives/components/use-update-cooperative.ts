import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { adminFetch } from "../../../lib/api"
import type { FormErrors, FormResult } from "../../../lib/form"
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

type EditOptions<F, P extends object> = {
  /** Only what changed, or the fields' errors. */
  toPayload: (form: F) => FormResult<P, F>
  /** Where the payload sits in the request body. */
  toBody: (payload: P) => Record<string, unknown>
  saved: string
}

/** An in-place edit of part of the cooperative: open with a form, save only what changed, close on success. */
export function useCooperativeEdit<F, P extends object>(cooperativeId: string, { toPayload, toBody, saved }: EditOptions<F, P>) {
  const [form, setForm] = useState<F | null>(null)
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const update = useUpdateCooperative(cooperativeId)

  const close = () => {
    setForm(null)
    setErrors({})
    update.reset()
  }

  const save = () => {
    if (!form) return
    const result = toPayload(form)
    setErrors(result.ok ? {} : result.errors)
    if (!result.ok) return
    if (!Object.keys(result.payload).length) return close()
    update.mutate(toBody(result.payload), {
      onSuccess: () => {
        toast.success(saved)
        close()
      },
    })
  }

  return { form, setForm, errors, close, save, update }
}
