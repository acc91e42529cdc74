import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { adminFetch } from "../../../lib/api"
import { ErrorAlert } from "../../../lib/components/feedback"
import {
  type CooperativeForm,
  cooperativeFormToPayload,
  emptyCooperativeForm,
  type PayoutAccountForm,
  payoutAccountFormToPayload,
  payoutAccountToForm,
} from "../../../lib/cooperative-form"
import type { FormErrors } from "../../../lib/form"
import { telarKeys } from "../../../lib/queries"
import type { AdminCooperative } from "../../../lib/types"
import { CooperativeFields } from "../components/cooperative-fields"
import { PayoutAccountFields } from "../components/payout-account-fields"

/** A new cooperative starts as a draft with its payout account; the API also gives it its own stock location and shipping. */
const CreateCooperativePage = () => {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [form, setForm] = useState<CooperativeForm>(emptyCooperativeForm)
  const [payout, setPayout] = useState<PayoutAccountForm>(() => payoutAccountToForm(null))
  const [errors, setErrors] = useState<FormErrors<CooperativeForm>>({})
  const [payoutErrors, setPayoutErrors] = useState<FormErrors<PayoutAccountForm>>({})

  const create = useMutation({
    mutationFn: (body: unknown) => adminFetch<{ cooperative: AdminCooperative }>("/admin/cooperatives", { method: "POST", body }),
    onSuccess: ({ cooperative }) => {
      queryClient.invalidateQueries({ queryKey: telarKeys.cooperativeList })
      toast.success(`${cooperative.name} was created as a draft.`)
      navigate(`/cooperatives/${cooperative.id}`)
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const cooperative = cooperativeFormToPayload(form)
    const account = payoutAccountFormToPayload(payout)
    setErrors(cooperative.ok ? {} : cooperative.errors)
    setPayoutErrors(account.ok ? {} : account.errors)
    if (!cooperative.ok || !account.ok) return
    create.mutate({ ...cooperative.payload, payout_account: account.payload })
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3" noValidate>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            <Link to="/cooperatives" className="hover:underline">
              Cooperatives
            </Link>{" "}
            / New
          </Text>
          <Heading level="h1">Create cooperative</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            It starts as a draft: shoppers see it once you publish it. Its own stock location and shipping options are created with it.
          </Text>
        </div>
        <div className="px-6 py-6">
          <CooperativeFields form={form} errors={errors} onChange={setForm} suggestHandle />
        </div>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Payout account</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Where the cooperative's earnings are sent. Only staff see it.
          </Text>
        </div>
        <div className="px-6 py-6">
          <PayoutAccountFields form={payout} errors={payoutErrors} onChange={setPayout} />
        </div>
      </Container>
      <ErrorAlert error={create.error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" size="small" onClick={() => navigate("/cooperatives")}>
          Cancel
        </Button>
        <Button type="submit" size="small" isLoading={create.isPending}>
          Create cooperative
        </Button>
      </div>
    </form>
  )
}

export default CreateCooperativePage
