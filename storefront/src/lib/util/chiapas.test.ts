import { CHIAPAS_OUTLINE, CHIAPAS_TOWNS, insideOutline, MAP_HEIGHT, MAP_WIDTH, outlinePath, project, spreadMarkers } from "./chiapas"

describe("Chiapas map", () => {
  it.each(CHIAPAS_OUTLINE)("projects the border point (%d, %d) inside the drawing", (lat, lon) => {
    const { x, y } = project(lat, lon)
    expect(x).toBeGreaterThan(0)
    expect(x).toBeLessThan(MAP_WIDTH)
    expect(y).toBeGreaterThan(0)
    expect(y).toBeLessThan(MAP_HEIGHT)
  })

  it("puts north up and east right", () => {
    expect(project(17, -92).y).toBeLessThan(project(16, -92).y)
    expect(project(16, -91).x).toBeGreaterThan(project(16, -92).x)
  })

  // The main towns and the demo cooperatives' places are inside; the neighbours' capitals are not.
  it.each([
    ...CHIAPAS_TOWNS.map((town) => [town.name, true, town.lat, town.lon] as const),
    ["Lacanjá Chansayab", true, 16.7625, -91.1289],
    ["Simojovel", true, 17.1387, -92.7112],
    ["Villahermosa, Tabasco", false, 17.99, -92.93],
    ["Guatemala City", false, 14.63, -90.51],
  ] as const)("says whether %s is inside the outline: %p", (_name, inside, lat, lon) => {
    expect(insideOutline(project(lat, lon))).toBe(inside)
  })

  it("produces a closed SVG path", () => {
    const path = outlinePath()
    expect(path.startsWith("M")).toBe(true)
    expect(path.endsWith("Z")).toBe(true)
    expect(path.match(/L/g)).toHaveLength(CHIAPAS_OUTLINE.length - 1)
  })

  it("spreads overlapping markers apart, deterministically, and leaves lone ones in place", () => {
    const points = [
      { x: 100, y: 100 },
      { x: 102, y: 101 },
      { x: 100, y: 100 },
      { x: 400, y: 400 },
    ]
    const placed = spreadMarkers(points, 20)
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        const a = placed[i].marker
        const b = placed[j].marker
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(19.8)
      }
    }
    expect(placed[3].marker).toEqual({ x: 400, y: 400 })
    expect(placed.map((entry) => entry.anchor)).toEqual(points)
    expect(spreadMarkers(points, 20)).toEqual(placed)
  })
})
