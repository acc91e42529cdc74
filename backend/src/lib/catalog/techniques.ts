import { foldText } from "./text"

/**
 * The short list of techniques shoppers filter by. A piece's free-text technique ("Backstrap
 * loom, supplementary-weft brocade, hand joining") names several; each part that matches one of
 * these counts the piece under it. The storefront names each key in English and Spanish.
 */
export const TECHNIQUES = [
  { key: "backstrap-loom", label: "Backstrap loom", match: /backstrap loom|warp-faced weaving/ },
  { key: "brocade", label: "Brocade", match: /brocade/ },
  { key: "embroidery", label: "Embroidery", match: /embroider/ },
  { key: "wool-work", label: "Wool spinning and fulling", match: /spinning|fulling/ },
  { key: "natural-dyes", label: "Natural dyes", match: /natural (dye|pigment)/ },
  {
    key: "pottery",
    label: "Hand-built pottery",
    match: /open firing|coil|hand[- ]?(modelling|building|coiled)|burnishing|slip painting|clay/,
  },
  { key: "lacquer", label: "Lacquer (laca)", match: /lacquer|\blaca\b|brush painting/ },
  { key: "wood-carving", label: "Wood carving", match: /wood carving|carpentry/ },
  { key: "gourd-work", label: "Gourd carving and pyrography", match: /gourd|pyrography/ },
  { key: "amber", label: "Amber cutting and polishing", match: /amber|(cutting|carving|drilling) and polishing|hand cutting/ },
  { key: "silverwork", label: "Silverwork", match: /silver/ },
  { key: "sewing", label: "Hand sewing", match: /hand sewing/ },
  { key: "beadwork", label: "Seeds and beadwork", match: /seed drilling|stringing|knotting/ },
] as const

export type TechniqueKey = (typeof TECHNIQUES)[number]["key"]
export const TECHNIQUE_KEYS = TECHNIQUES.map((technique) => technique.key) as [TechniqueKey, ...TechniqueKey[]]

/** The vocabulary keys a free-text technique names, in vocabulary order, each once. */
export function techniqueKeys(text: string | null | undefined): TechniqueKey[] {
  if (!text) return []
  const folded = foldText(text)
  return TECHNIQUES.filter((technique) => technique.match.test(folded)).map((technique) => technique.key)
}

export const techniqueLabel = (key: TechniqueKey) => TECHNIQUES.find((technique) => technique.key === key)!.label
