import Link from "next/link"
import {
  CHIAPAS_REGIONS,
  CHIAPAS_TOWNS,
  inInset,
  insetFrames,
  MAP_HEIGHT,
  MAP_WIDTH,
  NEIGHBOURS,
  outlinePath,
  PACIFIC,
  project,
  projectInset,
  spreadMarkers,
  type Point,
} from "@/lib/util/chiapas"

export type MapMarker = { id: string; lat: number; lon: number; label: string; number?: number; href?: string }

type Props = {
  markers: MapMarker[]
  title: string
  description: string
  regionLabels: Record<(typeof CHIAPAS_REGIONS)[number]["key"], string>
  neighbourLabels: Record<(typeof NEIGHBOURS)[number]["key"], string>
  /** Title of the highlands inset; without it (or in compact mode) there is no inset. */
  insetLabel?: string
  compact?: boolean
  className?: string
}

const OUTLINE = outlinePath()
const OCEAN = outlinePath(PACIFIC)
const LAND = "#f6efe2"

function Marker({ marker, at, anchor, radius }: { marker: MapMarker; at: Point; anchor: Point; radius: number }) {
  const moved = Math.hypot(anchor.x - at.x, anchor.y - at.y) > 1
  const body = (
    <>
      {moved ? <line x1={anchor.x} y1={anchor.y} x2={at.x} y2={at.y} className="stroke-ink" strokeWidth={1.2} /> : null}
      {moved ? <circle cx={anchor.x} cy={anchor.y} r={2.5} className="fill-ink" /> : null}
      <circle
        cx={at.x}
        cy={at.y}
        r={radius}
        strokeWidth={2}
        className="fill-clay-dark stroke-paper group-hover:fill-indigo group-focus-visible:fill-indigo group-focus-visible:stroke-maize group-focus-visible:stroke-[4px]"
      />
      {marker.number !== undefined ? (
        <text x={at.x} y={at.y + 4.5} textAnchor="middle" className="pointer-events-none fill-paper text-[12px] font-bold">
          {marker.number}
        </text>
      ) : null}
    </>
  )
  return marker.href ? (
    <Link href={marker.href} aria-label={marker.label} className="group outline-none">
      <title>{marker.label}</title>
      {body}
    </Link>
  ) : (
    <g role="img" aria-label={marker.label}>
      <title>{marker.label}</title>
      {body}
    </g>
  )
}

function Town({ x, y, name, side }: { x: number; y: number; name: string; side: "left" | "right" | "below-left" }) {
  const left = side !== "right"
  return (
    <g>
      <rect x={x - 3} y={y - 3} width={6} height={6} className="fill-ink" />
      <text
        x={x + (left ? -7 : 7)}
        y={y + (side === "below-left" ? 16 : 4)}
        textAnchor={left ? "end" : "start"}
        strokeWidth={3}
        strokeLinejoin="round"
        className="fill-ink stroke-[#f6efe2] text-[13px] [paint-order:stroke]"
      >
        {name}
      </text>
    </g>
  )
}

/**
 * The origin map: a hand-drawn outline of Chiapas as inline SVG (no tiles, no network), towns
 * and regions for orientation, one marker per cooperative (a link to its page), and a magnified
 * inset for the highlands, where most cooperatives sit close together.
 */
export function ChiapasMap({
  markers,
  title,
  description,
  regionLabels,
  neighbourLabels,
  insetLabel,
  compact = false,
  className = "",
}: Props) {
  const radius = compact ? 9 : 11
  const withInset = !compact && Boolean(insetLabel) && markers.some((marker) => inInset(marker.lat, marker.lon))
  const inside = withInset ? markers.filter((marker) => inInset(marker.lat, marker.lon)) : []
  const outside = withInset ? markers.filter((marker) => !inInset(marker.lat, marker.lon)) : markers
  const placedOutside = spreadMarkers(
    outside.map((marker) => project(marker.lat, marker.lon)),
    radius * 2 + 3
  )
  const placedInside = spreadMarkers(
    inside.map((marker) => projectInset(marker.lat, marker.lon)),
    radius * 2 + 3
  )
  const frames = insetFrames()
  const clipId = compact ? "inset-clip-c" : "inset-clip"
  const titleId = `map-title-${compact ? "c" : "f"}`
  const descId = `map-desc-${compact ? "c" : "f"}`
  const sanCristobal = CHIAPAS_TOWNS.find((town) => town.name === "San Cristóbal")

  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className={`h-auto w-full ${className}`}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {/* Neighbouring land, the Pacific, then the state itself. */}
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} className="fill-[#ebe4d6]" aria-hidden="true" />
      <path d={OCEAN} className="fill-[#d6e4ec]" aria-hidden="true" />
      <path d={OUTLINE} fill={LAND} strokeWidth={2.5} strokeLinejoin="round" className="stroke-clay-dark" aria-hidden="true" />
      <g aria-hidden="true" className="fill-ink/70 text-[15px] italic" style={{ fontFamily: "var(--font-serif)" }}>
        {NEIGHBOURS.filter((entry) => !(withInset && entry.key === "guatemala")).map((entry) => {
          const point = project(entry.lat, entry.lon)
          return (
            <text key={entry.key} x={point.x} y={point.y} textAnchor="middle">
              {neighbourLabels[entry.key]}
            </text>
          )
        })}
      </g>
      {compact ? null : (
        <g aria-hidden="true" className="fill-clay-dark text-[13px] font-semibold tracking-[0.2em] uppercase">
          {CHIAPAS_REGIONS.map((entry) => {
            const point = project(entry.lat, entry.lon)
            return (
              <text key={entry.key} x={point.x} y={point.y} textAnchor="middle">
                {regionLabels[entry.key]}
              </text>
            )
          })}
        </g>
      )}
      <g aria-hidden="true">
        {CHIAPAS_TOWNS.filter((town) => !(withInset && inInset(town.lat, town.lon))).map((town) => {
          const point = project(town.lat, town.lon)
          return <Town key={town.name} x={point.x} y={point.y} name={town.name} side={town.label} />
        })}
      </g>

      {withInset ? (
        <g aria-hidden="true">
          {/* The magnified area on the main map, its small dots, and the frame of the inset. */}
          <rect {...frames.source} fill="none" strokeDasharray="4 3" strokeWidth={1.5} className="stroke-ink" />
          {inside.map((marker) => {
            const point = project(marker.lat, marker.lon)
            return <circle key={marker.id} cx={point.x} cy={point.y} r={2.5} className="fill-clay-dark" />
          })}
          <line
            x1={frames.source.x + frames.source.width}
            y1={frames.source.y + frames.source.height}
            x2={frames.target.x}
            y2={frames.target.y}
            strokeDasharray="4 3"
            strokeWidth={1}
            className="stroke-ink/60"
          />
        </g>
      ) : null}
      {withInset ? (
        <g>
          <clipPath id={clipId}>
            <rect {...frames.target} />
          </clipPath>
          <rect {...frames.target} fill={LAND} aria-hidden="true" />
          {sanCristobal ? (
            <g aria-hidden="true" clipPath={`url(#${clipId})`}>
              <Town {...projectInset(sanCristobal.lat, sanCristobal.lon)} name={sanCristobal.name} side="right" />
            </g>
          ) : null}
          <text
            x={frames.target.x}
            y={frames.target.y - 7}
            aria-hidden="true"
            className="fill-clay-dark text-[12px] font-semibold tracking-[0.12em] uppercase"
          >
            {insetLabel}
          </text>
          {inside.map((marker, index) => (
            <Marker key={marker.id} marker={marker} at={placedInside[index].marker} anchor={placedInside[index].anchor} radius={radius} />
          ))}
          <rect {...frames.target} fill="none" strokeWidth={2} className="stroke-ink" aria-hidden="true" />
        </g>
      ) : null}

      {outside.map((marker, index) => (
        <Marker key={marker.id} marker={marker} at={placedOutside[index].marker} anchor={placedOutside[index].anchor} radius={radius} />
      ))}
    </svg>
  )
}
