import { getTranslations } from "next-intl/server"

/** The map's place names in the page's language (regions of Chiapas, its neighbours). */
export async function mapLabels() {
  const tMap = await getTranslations("map")
  return {
    regionLabels: { selva: tMap("regions.selva"), soconusco: tMap("regions.soconusco"), centro: tMap("regions.centro") },
    neighbourLabels: {
      guatemala: tMap("neighbours.guatemala"),
      tabasco: tMap("neighbours.tabasco"),
      oaxaca: tMap("neighbours.oaxaca"),
      pacific: tMap("neighbours.pacific"),
    },
  }
}
