import { Button, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AdminProductRequest } from "@telar/types"
import { useState } from "react"
import { formatDateTime } from "../../../lib/activity"
import { adminFetch } from "../../../lib/api"
import { TextAreaField, TextField } from "../../../lib/components/fields"
import { ErrorAlert } from "../../../lib/components/feedback"
import { formatMoney, parseMoneyInput } from "../../../lib/money"

export const REQUEST_STATUS: Record<AdminProductRequest["status"], { label: string; color: "orange" | "red" | "green" }> = {
  pending: { label: "Waiting for review", color: "orange" },
  returned: { label: "Returned to the coordinator", color: "red" },
  approved: { label: "Approved", color: "green" },
}

type ApproveForm = {
  price_usd: string
  price_mxn: string
  title_en: string
  description_en: string
  material_en: string
  technique_en: string
}
const EMPTY: ApproveForm = { price_usd: "", price_mxn: "", title_en: "", description_en: "", material_en: "", technique_en: "" }

const optional = (text: string) => text.trim() || undefined

/** One proposed piece as the coordinator sent it, with approve (shopper prices, English text) and return (a comment) for pending ones. */
export const RequestReview = ({ request }: { request: AdminProductRequest }) => {
  const queryClient = useQueryClient()
  const [form, setForm] = useState<ApproveForm>(EMPTY)
  const [priceErrors, setPriceErrors] = useState<{ usd?: string; mxn?: string }>({})
  const [comment, setComment] = useState("")
  const done = (message: string) => {
    toast.success(message)
    queryClient.invalidateQueries({ queryKey: ["telar", "product-requests"] })
  }
  const approve = useMutation({
    mutationFn: (body: Record<string, unknown>) => adminFetch(`/admin/product-requests/${request.id}/approve`, { method: "POST", body }),
    onSuccess: () => done(`"${request.title_es}" is published.`),
  })
  const giveBack = useMutation({
    mutationFn: () => adminFetch(`/admin/product-requests/${request.id}/return`, { method: "POST", body: { comment } }),
    onSuccess: () => done(`"${request.title_es}" went back to ${request.coordinator.name ?? "the coordinator"}.`),
  })
  const set = (key: keyof ApproveForm) => (value: string) => setForm((current) => ({ ...current, [key]: value }))

  const submitApproval = () => {
    const usd = parseMoneyInput(form.price_usd, "usd")
    const mxn = parseMoneyInput(form.price_mxn, "mxn")
    setPriceErrors({ usd: "error" in usd ? usd.error : undefined, mxn: "error" in mxn ? mxn.error : undefined })
    if ("error" in usd || "error" in mxn) return
    approve.mutate({
      price_usd: usd.minor,
      price_mxn: mxn.minor,
      title_en: optional(form.title_en),
      description_en: optional(form.description_en),
      material_en: optional(form.material_en),
      technique_en: optional(form.technique_en),
    })
  }

  const status = REQUEST_STATUS[request.status]
  return (
    <article className="flex flex-col gap-y-4 px-6 py-5" data-testid="admin-product-request">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading level="h2">{request.title_es}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {request.cooperative.name ?? request.cooperative.id} · {request.coordinator.name ?? "—"} ({request.coordinator.email ?? "—"}) ·
            sent {formatDateTime(request.created_at)}
            {request.revision > 1 ? ` · version ${request.revision}` : ""}
          </Text>
        </div>
        <StatusBadge color={status.color}>{status.label}</StatusBadge>
      </div>
      {request.photos.length ? (
        <div className="flex flex-wrap gap-2">
          {request.photos.map((photo, index) => (
            <a key={photo.id} href={photo.url} target="_blank" rel="noreferrer">
              <img src={photo.url} alt={`${request.title_es} (${index + 1})`} className="size-28 rounded-md object-cover" />
            </a>
          ))}
        </div>
      ) : null}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-ui-fg-subtle">Story (Spanish)</dt>
        <dd className="whitespace-pre-line">{request.story_es}</dd>
        <dt className="text-ui-fg-subtle">Materials</dt>
        <dd>{request.materials}</dd>
        <dt className="text-ui-fg-subtle">Technique</dt>
        <dd>{request.technique}</dd>
        <dt className="text-ui-fg-subtle">Producer price asked</dt>
        <dd className="tabular-nums">{formatMoney(request.producer_price.amount, request.producer_price.currency_code)} per piece</dd>
        <dt className="text-ui-fg-subtle">Pieces ready</dt>
        <dd className="tabular-nums">{request.stock}</dd>
        {request.staff_comment ? (
          <>
            <dt className="text-ui-fg-subtle">Comment sent</dt>
            <dd className="whitespace-pre-line">{request.staff_comment}</dd>
          </>
        ) : null}
        {request.product ? (
          <>
            <dt className="text-ui-fg-subtle">Product</dt>
            <dd>
              <a href={`/app/products/${request.product.id}`} className="text-ui-fg-interactive hover:underline">
                {request.product.handle ?? request.product.id}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {request.status === "pending" ? (
        <div className="grid gap-6 md:grid-cols-2">
          <section className="flex flex-col gap-y-3" aria-label="Approve">
            <Heading level="h3">Approve and publish</Heading>
            <div className="grid grid-cols-2 gap-3">
              <TextField
                label="Shopper price (USD)"
                required
                inputMode="decimal"
                value={form.price_usd}
                onChange={set("price_usd")}
                error={priceErrors.usd}
              />
              <TextField
                label="Shopper price (MXN)"
                required
                inputMode="decimal"
                value={form.price_mxn}
                onChange={set("price_mxn")}
                error={priceErrors.mxn}
              />
            </div>
            <TextField
              label="Title in English"
              hint="Empty: the Spanish title on the English shop too."
              value={form.title_en}
              onChange={set("title_en")}
            />
            <TextAreaField label="Description in English" value={form.description_en} onChange={set("description_en")} />
            <div className="grid grid-cols-2 gap-3">
              <TextField label="Materials in English" value={form.material_en} onChange={set("material_en")} />
              <TextField label="Technique in English" value={form.technique_en} onChange={set("technique_en")} />
            </div>
            <ErrorAlert error={approve.error} />
            <Button size="small" onClick={submitApproval} isLoading={approve.isPending}>
              Approve and publish
            </Button>
          </section>
          <section className="flex flex-col gap-y-3" aria-label="Return">
            <Heading level="h3">Return to the coordinator</Heading>
            <TextAreaField
              label="What should change"
              hint="Mailed to the coordinator as written: short, plain Spanish reads best."
              value={comment}
              onChange={setComment}
            />
            <ErrorAlert error={giveBack.error} />
            <Button
              size="small"
              variant="secondary"
              onClick={() => giveBack.mutate()}
              isLoading={giveBack.isPending}
              disabled={!comment.trim()}
            >
              Return with this comment
            </Button>
          </section>
        </div>
      ) : null}
    </article>
  )
}
