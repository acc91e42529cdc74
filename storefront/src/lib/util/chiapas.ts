/**
 * A simplified outline of the state of Chiapas, drawn by hand from well-known border points
 * (Suchiate river, Tacaná volcano, the 16°04' line, the Usumacinta, the Tabasco lowlands, the
 * Pacific coast) — good enough to place cooperatives, not a survey. Shipped in the repo: the map
 * needs no tiles and no network.
 */

export type LatLon = readonly [lat: number, lon: number]

/** The Pacific coast, south-east to north-west: one line, both the state's edge and the ocean's. */
const PACIFIC_COAST: readonly LatLon[] = [
  [14.53, -92.23],
  [14.72, -92.42],
  [15.0, -92.75],
  [15.25, -93.05],
  [15.5, -93.4],
  [15.75, -93.65],
  [15.93, -93.82],
  [16.05, -93.95],
  [16.2, -94.08],
]

/** Clockwise from the north-west, [latitude, longitude]. */
export const CHIAPAS_OUTLINE: readonly LatLon[] = [
  [17.15, -93.95],
  [17.35, -93.75],
  [17.55, -93.55],
  [17.8, -93.4],
  [17.97, -93.25],
  [17.92, -93.05],
  [17.65, -93.0],
  [17.55, -92.92],
  [17.38, -92.82],
  [17.45, -92.62],
  [17.6, -92.45],
  [17.65, -92.2],
  [17.88, -92.05],
  [17.78, -91.7],
  [17.5, -91.55],
  [17.25, -91.43],
  [17.15, -91.25],
  [16.9, -90.98],
  [16.8, -90.88],
  [16.65, -90.7],
  [16.48, -90.53],
  [16.07, -90.44],
  [16.07, -91.73],
  [15.64, -91.99],
  [15.26, -92.07],
  [15.13, -92.11],
  [14.85, -92.17],
  ...PACIFIC_COAST,
  [16.45, -94.0],
  [16.75, -94.12],
  [17.05, -94.05],
]

/** The Pacific south-west of the coast, clipped to the map (for the water colour). */
export const PACIFIC: readonly LatLon[] = [[14.35, -91.88], ...PACIFIC_COAST, [16.22, -94.5], [14.35, -94.5]]

/** Where the label goes relative to the town's dot, to keep clear of the highland markers. */
export type LabelSide = "left" | "right" | "below-left"
export type Place = { name: string; lat: number; lon: number; label: LabelSide }

export const CHIAPAS_TOWNS: readonly Place[] = [
  { name: "Tuxtla Gutiérrez", lat: 16.753, lon: -93.116, label: "below-left" },
  { name: "San Cristóbal", lat: 16.737, lon: -92.638, label: "below-left" },
  { name: "Comitán", lat: 16.251, lon: -92.134, label: "right" },
  { name: "Palenque", lat: 17.509, lon: -91.982, label: "right" },
  { name: "Ocosingo", lat: 16.907, lon: -92.094, label: "right" },
  { name: "Tapachula", lat: 14.903, lon: -92.257, label: "left" },
]

/** Where to write region names (translated in the UI by key). */
export const CHIAPAS_REGIONS = [
  { key: "selva", lat: 16.55, lon: -91.35 },
  { key: "soconusco", lat: 15.2, lon: -92.6 },
  { key: "centro", lat: 16.25, lon: -93.1 },
] as const

export const NEIGHBOURS = [
  { key: "guatemala", lat: 15.35, lon: -91.1 },
  { key: "tabasco", lat: 18.05, lon: -92.55 },
  { key: "oaxaca", lat: 16.9, lon: -94.32 },
  { key: "pacific", lat: 14.75, lon: -93.55 },
] as const

const MAP_BOUNDS = { north: 18.2, south: 14.35, west: -94.5, east: -90.2 }
/** Pixels per degree of latitude. */
const MAP_SCALE = 150
/** Equirectangular projection corrected for the state's mid latitude. */
const LON_FACTOR = Math.cos((16.3 * Math.PI) / 180)

export const MAP_WIDTH = Math.round((MAP_BOUNDS.east - MAP_BOUNDS.west) * LON_FACTOR * MAP_SCALE)
export const MAP_HEIGHT = Math.round((MAP_BOUNDS.north - MAP_BOUNDS.south) * MAP_SCALE)

export type Point = { x: number; y: number }

export function project(lat: number, lon: number): Point {
  const x = (lon - MAP_BOUNDS.west) * LON_FACTOR * MAP_SCALE
  const y = (MAP_BOUNDS.north - lat) * MAP_SCALE
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }
}

export function outlinePath(outline: readonly LatLon[] = CHIAPAS_OUTLINE): string {
  return (
    outline
      .map(([lat, lon], index) => {
        const { x, y } = project(lat, lon)
        return `${index === 0 ? "M" : "L"}${x} ${y}`
      })
      .join(" ") + " Z"
  )
}

/** Even-odd point-in-polygon test, in map coordinates. */
export function insideOutline(point: Point, outline: readonly LatLon[] = CHIAPAS_OUTLINE): boolean {
  const polygon = outline.map(([lat, lon]) => project(lat, lon))
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]
    const b = polygon[j]
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) inside = !inside
  }
  return inside
}

/**
 * The highlands around San Cristóbal hold most cooperatives a few kilometres apart, so the full
 * map shows them in a magnified inset drawn over Guatemala's side of the frame.
 */
const INSET = { north: 17.0, south: 16.28, west: -92.8, east: -92.3, x: 412, y: 342, zoom: 2.1 }

export function inInset(lat: number, lon: number): boolean {
  return lat <= INSET.north && lat >= INSET.south && lon >= INSET.west && lon <= INSET.east
}

/** The inset's frame on the main map and in the corner, in map coordinates. */
export function insetFrames(): {
  source: { x: number; y: number; width: number; height: number }
  target: { x: number; y: number; width: number; height: number }
} {
  const nw = project(INSET.north, INSET.west)
  const se = project(INSET.south, INSET.east)
  const width = se.x - nw.x
  const height = se.y - nw.y
  return {
    source: { x: nw.x, y: nw.y, width, height },
    target: { x: INSET.x, y: INSET.y, width: Math.round(width * INSET.zoom), height: Math.round(height * INSET.zoom) },
  }
}

export function projectInset(lat: number, lon: number): Point {
  const origin = project(INSET.north, INSET.west)
  const point = project(lat, lon)
  return {
    x: Math.round((INSET.x + (point.x - origin.x) * INSET.zoom) * 10) / 10,
    y: Math.round((INSET.y + (point.y - origin.y) * INSET.zoom) * 10) / 10,
  }
}

export type PlacedMarker = { anchor: Point; marker: Point }

/**
 * Spreads markers that would overlap (the highland cooperatives sit a few kilometres apart) so
 * each stays clickable; a leader line joins a moved marker to its true place. Deterministic.
 */
export function spreadMarkers(points: Point[], minDistance: number, iterations = 80): PlacedMarker[] {
  const placed = points.map((point) => ({ x: point.x, y: point.y }))
  for (let step = 0; step < iterations; step++) {
    let moved = false
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const dx = placed[j].x - placed[i].x
        const dy = placed[j].y - placed[i].y
        const distance = Math.hypot(dx, dy)
        if (distance >= minDistance) continue
        moved = true
        // Coincident points: push apart along a fixed, index-dependent direction.
        const angle = distance === 0 ? ((i + j) * 2.399963) % (2 * Math.PI) : Math.atan2(dy, dx)
        const push = (minDistance - distance) / 2 + 0.01
        placed[i].x -= Math.cos(angle) * push
        placed[i].y -= Math.sin(angle) * push
        placed[j].x += Math.cos(angle) * push
        placed[j].y += Math.sin(angle) * push
      }
    }
    if (!moved) break
  }
  return points.map((anchor, index) => ({
    anchor,
    marker: { x: Math.round(placed[index].x * 10) / 10, y: Math.round(placed[index].y * 10) / 10 },
  }))
}
