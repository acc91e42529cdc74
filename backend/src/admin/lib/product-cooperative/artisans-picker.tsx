import { Button, toast } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "../api"
import { CheckboxField } from "../components/fields"
import { ErrorAlert, Muted } from "../components/feedback"
import { telarKeys } from "../queries"
import type { AdminArtisan } from "../types"
import type { WidgetProduct } from "./types"

/** Which of the cooperative's artisans made the product; saved as one set. */
export const ArtisansPicker = ({
  product,
  cooperativeId,
  onChanged,
}: {
  product: WidgetProduct
  cooperativeId: string
  onChanged: () => void
}) => {
  const linked = (product.artisans ?? []).flatMap((artisan) => (artisan ? [artisan.id] : []))
  const [selected, setSelected] = useState<string[] | null>(null)
  const artisans = useQuery({
    queryKey: telarKeys.artisans(cooperativeId),
    queryFn: () => adminFetch<{ artisans: AdminArtisan[] }>(`/admin/cooperatives/${cooperativeId}/artisans`),
  })
  const save = useMutation({
    mutationFn: (artisanIds: string[]) =>
      adminFetch(`/admin/products/${product.id}/artisans`, { method: "POST", body: { artisan_ids: artisanIds } }),
    onSuccess: () => {
      toast.success("Artisans saved.")
      setSelected(null)
      onChanged()
    },
  })

  const current = selected ?? linked
  const changed = selected !== null && [...selected].sort().join() !== [...linked].sort().join()
  const toggle = (id: string, on: boolean) =>
    setSelected(on ? [...new Set([...current, id])] : current.filter((candidate) => candidate !== id))
  const list = artisans.data?.artisans ?? []

  return (
    <div className="flex flex-col gap-y-3" data-testid="product-artisans-picker">
      <ErrorAlert error={artisans.error} />
      {artisans.isLoading ? (
        <Muted>Loading artisans…</Muted>
      ) : !list.length ? (
        <Muted>
          This cooperative has no artisans yet: <Link to={`/cooperatives/${cooperativeId}`}>add them on its page</Link>.
        </Muted>
      ) : (
        <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
          {list.map((artisan) => (
            <CheckboxField
              key={artisan.id}
              label={artisan.name}
              hint={artisan.craft}
              checked={current.includes(artisan.id)}
              onChange={(on) => toggle(artisan.id, on)}
            />
          ))}
        </div>
      )}
      <ErrorAlert error={save.error} />
      {changed ? (
        <div className="flex justify-end gap-2">
          <Button size="small" variant="secondary" onClick={() => setSelected(null)}>
            Cancel
          </Button>
          <Button
            size="small"
            isLoading={save.isPending}
            // Only this cooperative's artisans can be named; anyone else left linked is dropped.
            onClick={() => save.mutate(current.filter((id) => list.some((artisan) => artisan.id === id)))}
          >
            Save artisans
          </Button>
        </div>
      ) : null}
    </div>
  )
}
