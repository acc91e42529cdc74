import { ChiapasMap } from "./chiapas-map"
import { mapLabels } from "./map-labels"

type Origin = { id: string; name: string; community: string; latitude: number | null; longitude: number | null }

/** Where one cooperative works, as a single marker on the map of Chiapas. */
export async function OriginMap({
  cooperative,
  title,
  description,
  caption,
}: {
  cooperative: Origin
  title: string
  description: string
  caption: string
}) {
  if (cooperative.latitude == null || cooperative.longitude == null) return null
  const labels = await mapLabels()
  return (
    <figure>
      <ChiapasMap
        compact
        markers={[
          {
            id: cooperative.id,
            lat: cooperative.latitude,
            lon: cooperative.longitude,
            label: `${cooperative.name}, ${cooperative.community}`,
          },
        ]}
        title={title}
        description={description}
        {...labels}
        className="rounded-lg border border-ink/10"
      />
      <figcaption className="mt-2 text-xs text-ink/75">{caption}</figcaption>
    </figure>
  )
}
