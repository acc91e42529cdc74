/**
 * Telar demo catalogue: fictional cooperatives located in real craft communities of Chiapas,
 * their artisans and products. This file is the source of truth; `image-specs.json` is a JSON
 * twin of `imageSpecs` (regenerate it with `node scripts/demo-images/sync-image-specs.mjs`, then
 * render the SVGs with `node scripts/demo-images/generate-images.mjs`, both from the repo root).
 *
 * All people, cooperatives, bank accounts, e-mails and phone numbers are invented.
 */
import { clabeCheckDigit } from "@telar/fair-trade"
import type { ImageSpec, SeedCategory, SeedCooperative, SeedProduct, SeedVariant } from "./types"

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Builds an 18-digit CLABE: bank code (3) + plaza (3) + account (11) + check digit. */
export function buildClabe(bank: string, plaza: string, account: string): string {
  const first17 = `${bank}${plaza}${account}`
  return first17 + clabeCheckDigit(first17)
}

/** Demo exchange rate used to derive MXN shopper prices from USD prices. */
export const USD_TO_MXN = 18

/** MXN price ≈ USD × 18, rounded to a whole 10 pesos. */
export function mxnFromUsd(usd: number): number {
  return Math.round((usd * USD_TO_MXN) / 10) * 10
}

const money = (amount: number): string => amount.toFixed(2)

/** Deterministic 32-bit FNV-1a hash, used as the illustration seed. */
function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** "Cochineal" -> "COC", "150 cm" -> "CM150", "XL" -> "XL", "Default" -> "". */
function skuCode(value: string): string {
  if (value === "Default") return ""
  const folded = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
  const compact = folded.replace(/[^A-Z0-9]/g, "")
  if (compact.length <= 3) return compact
  return folded.replace(/[^A-Z]/g, "").slice(0, 3) + folded.replace(/[^0-9]/g, "")
}

type Art = {
  kind: ImageSpec["kind"]
  shape: string
  motif: string
  palette: string[]
  /** How many illustrations (main + detail). Defaults to 2. */
  images?: 1 | 2
}

/** [option values in option order, USD price, stock, optional explicit SKU suffix] */
type VariantRow = [values: string | string[], usd: number, stock: number, code?: string]

type ProductInput = Omit<SeedProduct, "options" | "variants" | "images"> & {
  /** SKU stem, e.g. "ZIN-HUI-001"; option codes are appended. */
  sku: string
  /** Defaults to a single "Default" option. */
  options?: SeedProduct["options"]
  variants: VariantRow[]
  /** Share of the MXN price paid to the cooperative (0.45–0.65). Defaults to 0.55. */
  share?: number
  art: Art
}

const DEFAULT_OPTIONS: SeedProduct["options"] = [{ title: "Default", values: ["Default"] }]

const productImageSpecs: ImageSpec[] = []

function product(input: ProductInput): SeedProduct {
  const options = input.options ?? DEFAULT_OPTIONS
  const share = input.share ?? 0.55
  if (share < 0.45 || share > 0.65) throw new Error(`${input.handle}: producer share out of range`)

  const variants: SeedVariant[] = input.variants.map(([raw, usd, stock, code]) => {
    const values = Array.isArray(raw) ? raw : [raw]
    if (values.length !== options.length) {
      throw new Error(`${input.handle}: variant ${values.join("/")} does not match options`)
    }
    const optionRecord: Record<string, string> = {}
    options.forEach((option, i) => {
      if (!option.values.includes(values[i])) {
        throw new Error(`${input.handle}: "${values[i]}" is not a value of ${option.title}`)
      }
      optionRecord[option.title] = values[i]
    })
    const suffix = code ?? values.map(skuCode).filter(Boolean).join("-")
    const mxn = mxnFromUsd(usd)
    // Rounded down to whole 10 pesos so the paid share never exceeds `share`.
    const producer = Math.floor((mxn * share) / 10) * 10
    return {
      sku: suffix ? `${input.sku}-${suffix}` : input.sku,
      options: optionRecord,
      price_usd: money(usd),
      price_mxn: money(mxn),
      producer_price_mxn: money(producer),
      stock,
    }
  })

  const count = input.art.images ?? 2
  const images: string[] = []
  for (let i = 1; i <= count; i++) {
    const file = `${input.handle}-${i}.svg`
    images.push(file)
    productImageSpecs.push({
      file,
      kind: input.art.kind,
      shape: input.art.shape,
      motif: input.art.motif,
      palette: input.art.palette,
      seed: seedOf(file),
      title: i === 1 ? `${input.title_en} (illustration)` : `${input.title_en}: detail of the surface (illustration)`,
      view: i === 1 ? "main" : "detail",
    })
  }

  return {
    handle: input.handle,
    cooperative: input.cooperative,
    artisans: input.artisans,
    category: input.category,
    title_en: input.title_en,
    title_es: input.title_es,
    description_en: input.description_en,
    description_es: input.description_es,
    technique: input.technique,
    technique_es: input.technique_es,
    material: input.material,
    material_es: input.material_es,
    weight_grams: input.weight_grams,
    options,
    variants,
    images,
  }
}

const DEMO_EN = "Demo data: this cooperative is fictional."
const DEMO_ES = "Datos de demostración: esta cooperativa es ficticia."

// Palettes shared by several pieces
const P = {
  zinIndigo: ["#26235c", "#e84a8a", "#9b59d0", "#2cb1b5", "#f2c230", "#3f8f4a"],
  zinBlack: ["#1d1b2e", "#f06292", "#7e57c2", "#26c6da", "#ffd54f", "#66bb6a"],
  chamulaWool: ["#1f1b18", "#6b4a34", "#e9dfcc", "#b3202a", "#8c7a66"],
  chamulaBrown: ["#5a3d2b", "#2a211c", "#e6d8bf", "#a8322d", "#b79a78"],
  tenRed: ["#9b1b2a", "#e8772e", "#f0c23b", "#c4216b", "#1e1a1a", "#2f7a4a"],
  tenNatural: ["#efe6d2", "#9e2a3a", "#2b3f6b", "#d9a521", "#6b4a2e"],
  aguWhite: ["#f7f4ee", "#d7263d", "#f46036", "#f5b700", "#2e86ab", "#3c8d2f", "#7b2d8b"],
  larRed: ["#b01e23", "#f3ece0", "#1b1b1b", "#2f6b3a", "#e5b12a"],
  larWhite: ["#f3ece0", "#b01e23", "#1b1b1b", "#e5b12a", "#2f6b3a"],
  clay: ["#c47a4e", "#f0e2cc", "#9a3b22", "#3d2418", "#d29a4a"],
  clayWhite: ["#eadbc3", "#9a3b22", "#3d2418", "#d29a4a", "#c47a4e"],
  amberHoney: ["#1f1712", "#f3a326", "#b85a0f", "#ffd88a", "#c9ccd1"],
  amberCherry: ["#1c1416", "#c4361a", "#7a1608", "#f08a4b", "#c9ccd1"],
  amberGreen: ["#151a14", "#b7b02a", "#5e6b12", "#e8e08a", "#c9ccd1"],
  laqBlack: ["#141210", "#b3171f", "#f2c12e", "#2f8a3c", "#f5efe3", "#e0669b", "#2a6fb0"],
  laqRed: ["#a3141c", "#141210", "#f2c12e", "#2f8a3c", "#f5efe3", "#2a6fb0"],
  gourd: ["#c9a06a", "#5b3a1e", "#8a5a2e", "#efe0c4"],
  carranza: ["#f1ebde", "#a31f24", "#222222", "#2d4f8a", "#c98e2b"],
  carranzaRed: ["#a31f24", "#f1ebde", "#222222", "#c98e2b", "#2d4f8a"],
  wood: ["#dfe8d5", "#a87648", "#4b2e1a", "#d8b386", "#a9322a"],
  seeds: ["#efe7da", "#b3261e", "#1c1a18", "#9a958c", "#d9c7a3"],
  magRed: ["#a4161a", "#f2b705", "#2b7a3d", "#22577a", "#161616", "#f2ece0"],
  magBlack: ["#161616", "#a4161a", "#f2b705", "#2b7a3d", "#22577a"],
}

// ---------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------

export const categories: SeedCategory[] = [
  { handle: "huipiles", name_en: "Huipiles", name_es: "Huipiles" },
  { handle: "blouses", name_en: "Blouses", name_es: "Blusas" },
  { handle: "rebozos", name_en: "Rebozos & shawls", name_es: "Rebozos y chales" },
  { handle: "wool-garments", name_en: "Wool garments", name_es: "Prendas de lana" },
  { handle: "table-runners", name_en: "Table runners", name_es: "Caminos de mesa" },
  { handle: "table-linen", name_en: "Table linen", name_es: "Mantelería" },
  { handle: "cushion-covers", name_en: "Cushion covers", name_es: "Fundas de cojín" },
  { handle: "bags", name_en: "Bags", name_es: "Bolsas" },
  { handle: "belts", name_en: "Belts & sashes", name_es: "Fajas y cinturones" },
  { handle: "pottery", name_en: "Pottery", name_es: "Alfarería" },
  { handle: "jewelry", name_en: "Jewelry", name_es: "Joyería" },
  { handle: "lacquerware", name_en: "Lacquerware", name_es: "Laca" },
  { handle: "carvings", name_en: "Carvings & masks", name_es: "Tallas y máscaras" },
  { handle: "toys", name_en: "Toys", name_es: "Juguetes" },
]

// ---------------------------------------------------------------------------
// Cooperatives and artisans (fictional, in real craft communities)
// ---------------------------------------------------------------------------

export const cooperatives: SeedCooperative[] = [
  {
    handle: "nichim-pok",
    name: "Nichim Pok'",
    community: "Zinacantán",
    municipality: "Zinacantán",
    region: "Altos",
    latitude: 16.7597,
    longitude: -92.7228,
    founded_year: 2004,
    member_families: 38,
    languages: ["Tsotsil", "Spanish"],
    crafts: ["backstrap loom weaving", "floral embroidery"],
    crafts_es: ["tejido en telar de cintura", "bordado floral"],
    story_en:
      "Nichim Pok' takes its name from the Tsotsil words for flower and cloth, and brings together 38 families from Zinacantán, the highland valley whose greenhouses grow flowers for markets all over Chiapas. The women weave the base cloth on backstrap looms and then cover it with hand-embroidered roses, geraniums and daisies, changing the colours every year as fashion in the community changes. Part of every sale goes to a shared thread fund, so that no weaver has to buy her materials on credit. " +
      DEMO_EN,
    story_es:
      "Nichim Pok' toma su nombre de las palabras tsotsiles para flor y tela, y reúne a 38 familias de Zinacantán, el valle de los Altos cuyos invernaderos cultivan flores para los mercados de todo Chiapas. Las mujeres tejen la tela base en telar de cintura y después la cubren de rosas, geranios y margaritas bordadas a mano, cambiando los colores cada año, al ritmo de la moda de la comunidad. Una parte de cada venta va a un fondo común de hilo, para que ninguna tejedora tenga que comprar sus materiales a crédito. " +
      DEMO_ES,
    contact_email: "nichim.pok@example.org",
    contact_phone: "+52 967 108 4421",
    payout_method: "spei",
    account_holder: "Nichim Pok' Artesanas de Zinacantán S.C. de R.L. de C.V.",
    clabe: buildClabe("002", "871", "70412863591"),
    stripe_account_id: null,
    cover_image: "coop-nichim-pok.svg",
    artisans: [
      {
        handle: "maruch-perez-hernandez",
        name: "Maruch Pérez Hernández",
        craft: "Floral embroidery",
        craft_es: "Bordado floral",
        bio_en:
          "Maruch learned to embroider at nine, copying the flowers her mother grew in the family greenhouse. She designs most of the cooperative's yearly colour palettes.",
        bio_es:
          "Maruch aprendió a bordar a los nueve años, copiando las flores que su madre cultivaba en el invernadero familiar. Ella diseña la mayoría de las paletas de color anuales de la cooperativa.",
      },
      {
        handle: "xunka-gomez-vazquez",
        name: "Xunka' Gómez Vázquez",
        craft: "Backstrap loom weaving",
        craft_es: "Tejido en telar de cintura",
        bio_en:
          "Xunka' weaves the fine cotton base cloth that the embroiderers later cover with flowers. She teaches weaving to the younger members every Saturday.",
        bio_es:
          "Xunka' teje la fina tela de algodón que después las bordadoras cubren de flores. Enseña a tejer a las integrantes más jóvenes cada sábado.",
      },
      {
        handle: "loxa-sanchez-perez",
        name: "Loxa Sánchez Pérez",
        craft: "Embroidery and finishing",
        craft_es: "Bordado y acabados",
        bio_en:
          "Loxa embroiders and finishes the cooperative's shawls and bags, adding the tassels and edges. She also keeps the accounts of the thread fund.",
        bio_es:
          "Loxa borda y da el acabado a los chales y bolsas de la cooperativa, con sus borlas y orillas. También lleva las cuentas del fondo de hilo.",
      },
    ],
  },
  {
    handle: "tunim-chij",
    name: "Tunim Chij",
    community: "San Juan Chamula",
    municipality: "Chamula",
    region: "Altos",
    latitude: 16.7873,
    longitude: -92.6885,
    founded_year: 1998,
    member_families: 52,
    languages: ["Tsotsil", "Spanish"],
    crafts: ["wool spinning", "backstrap loom weaving", "wool fulling", "satin-stitch embroidery", "doll making"],
    crafts_es: ["hilado de lana", "tejido en telar de cintura", "abatanado de lana", "bordado de punto relleno", "elaboración de muñecas"],
    story_en:
      "In San Juan Chamula sheep are never eaten: women look after them, shear them and wash, card and spin the wool by hand with a wooden spindle. The 52 families of Tunim Chij, the Tsotsil name for wool, weave that yarn on backstrap looms and then full it, soaking and beating the cloth until it becomes dense and warm. Colours come from the sheep themselves, black, brown and white, and from plant dyes gathered around the community. " +
      DEMO_EN,
    story_es:
      "En San Juan Chamula los borregos nunca se comen: las mujeres los cuidan, los trasquilan y lavan, cardan e hilan la lana a mano con malacate de madera. Las 52 familias de Tunim Chij, nombre tsotsil de la lana, tejen ese hilo en telar de cintura y luego lo abatanan, remojando y golpeando la tela hasta que queda densa y abrigadora. Los colores vienen de los propios borregos, negro, café y blanco, y de tintes vegetales recolectados alrededor de la comunidad. " +
      DEMO_ES,
    contact_email: "tunim.chij@example.org",
    contact_phone: "+52 967 112 9036",
    payout_method: "spei",
    account_holder: "Tejedoras de Lana Tunim Chij S.C. de R.L. de C.V.",
    clabe: buildClabe("012", "875", "01938472605"),
    stripe_account_id: null,
    cover_image: "coop-tunim-chij.svg",
    artisans: [
      {
        handle: "pascuala-lopez-diaz",
        name: "Pascuala López Díaz",
        craft: "Wool spinning and weaving",
        craft_es: "Hilado y tejido de lana",
        bio_en:
          "Pascuala keeps a flock of fourteen sheep and spins every afternoon while they graze. Her shawls are known in the cooperative for their even, soft yarn.",
        bio_es:
          "Pascuala cuida un rebaño de catorce borregos e hila cada tarde mientras pastan. Sus rebozos son conocidos en la cooperativa por su hilo parejo y suave.",
      },
      {
        handle: "katal-patishtan-gomez",
        name: "Katal Patishtán Gómez",
        craft: "Fulling and natural dyes",
        craft_es: "Abatanado y tintes naturales",
        bio_en:
          "Katal fulls the woven wool in the stream near her house and dyes with plants she gathers herself. She leads the cooperative's dye workshops.",
        bio_es:
          "Katal abatana la lana tejida en el arroyo cercano a su casa y tiñe con plantas que ella misma recolecta. Coordina los talleres de tinte de la cooperativa.",
      },
      {
        handle: "manuela-collazo-lopez",
        name: "Manuela Collazo López",
        craft: "Satin-stitch embroidery",
        craft_es: "Bordado de punto relleno",
        bio_en:
          "Manuela embroiders the bright satin-stitch blouses worn with the black wool skirt of Chamula. She has trained more than twenty young embroiderers.",
        bio_es:
          "Manuela borda las blusas de punto relleno que se usan con la nagua negra de lana de Chamula. Ha formado a más de veinte bordadoras jóvenes.",
      },
      {
        handle: "tonik-diaz-hernandez",
        name: "Tonik Díaz Hernández",
        craft: "Doll making",
        craft_es: "Elaboración de muñecas",
        bio_en:
          "Tonik makes small dolls dressed exactly like the women of her community, with wool skirts, embroidered blouses and red belts. She uses the leftover yarn from the cooperative's looms.",
        bio_es:
          "Tonik hace muñecas vestidas igual que las mujeres de su comunidad, con nagua de lana, blusa bordada y faja roja. Aprovecha el hilo sobrante de los telares de la cooperativa.",
      },
    ],
  },
  {
    handle: "ixim-jalabil",
    name: "Ixim Jalabil",
    community: "Tenejapa",
    municipality: "Tenejapa",
    region: "Altos",
    latitude: 16.8152,
    longitude: -92.5112,
    founded_year: 2001,
    member_families: 44,
    languages: ["Tseltal", "Spanish"],
    crafts: ["backstrap loom brocade", "natural dyeing", "bag weaving"],
    crafts_es: ["brocado en telar de cintura", "teñido natural", "tejido de bolsas"],
    story_en:
      "Ixim Jalabil, named after ixim, the Tseltal word for maize, is a group of 44 families from Tenejapa, known for some of the densest brocade in the highlands. Each design, from the universe diamond to the toad and the maize plant, is picked thread by thread on the backstrap loom without any drawing, from a memory passed down between mothers and daughters. Since 2010 the cooperative has been bringing back natural dyes: cochineal, indigo, pericón flowers and walnut bark. " +
      DEMO_EN,
    story_es:
      "Ixim Jalabil, que toma su nombre de ixim, la palabra tseltal para el maíz, es un grupo de 44 familias de Tenejapa, conocido por uno de los brocados más densos de los Altos. Cada diseño, del rombo del universo al sapo y la planta de maíz, se levanta hilo por hilo en el telar de cintura sin dibujo previo, con una memoria que pasa de madres a hijas. Desde 2010 la cooperativa recupera los tintes naturales: grana cochinilla, añil, flor de pericón y corteza de nogal. " +
      DEMO_ES,
    contact_email: "ixim.jalabil@example.org",
    contact_phone: "+52 967 127 5580",
    payout_method: "spei",
    account_holder: "Ixim Jalabil Tejedoras de Tenejapa S.C. de R.L. de C.V.",
    clabe: buildClabe("014", "871", "60571294830"),
    stripe_account_id: null,
    cover_image: "coop-ixim-jalabil.svg",
    artisans: [
      {
        handle: "petrona-intzin-guzman",
        name: "Petrona Intzín Guzmán",
        craft: "Brocade weaving",
        craft_es: "Tejido de brocado",
        bio_en: "Petrona can weave more than forty brocade designs from memory. Her ceremonial huipiles take her up to five months each.",
        bio_es:
          "Petrona sabe tejer de memoria más de cuarenta diseños de brocado. Cada uno de sus huipiles ceremoniales le lleva hasta cinco meses.",
      },
      {
        handle: "rosa-guzman-santiz",
        name: "Rosa Guzmán Sántiz",
        craft: "Natural dyeing",
        craft_es: "Teñido natural",
        bio_en:
          "Rosa runs the cooperative's dye kitchen, where cotton is simmered with cochineal, indigo and pericón. She keeps a notebook of every dye bath since 2010.",
        bio_es:
          "Rosa coordina la cocina de tintes de la cooperativa, donde el algodón hierve con grana cochinilla, añil y pericón. Guarda un cuaderno con cada baño de tinte desde 2010.",
      },
      {
        handle: "juana-mendez-intzin",
        name: "Juana Méndez Intzín",
        craft: "Brocade weaving and bag making",
        craft_es: "Tejido de brocado y confección de bolsas",
        bio_en:
          "Juana weaves the narrower cloths used for sashes and morral bags, and sews the cooperative's bags. She is the youngest member of the board.",
        bio_es:
          "Juana teje las telas angostas que se usan para fajas y morrales, y cose las bolsas de la cooperativa. Es la integrante más joven de la mesa directiva.",
      },
    ],
  },
  {
    handle: "sakil-nichim",
    name: "Sakil Nichim",
    community: "Aguacatenango",
    municipality: "Venustiano Carranza",
    region: "Centro",
    latitude: 16.4727,
    longitude: -92.4045,
    founded_year: 2009,
    member_families: 27,
    languages: ["Tseltal", "Spanish"],
    crafts: ["hand embroidery", "blouse making"],
    crafts_es: ["bordado a mano", "confección de blusas"],
    story_en:
      "The women of Aguacatenango, a Tseltal town at the edge of the Grijalva valley, are known for blouses embroidered so densely that the white cotton almost disappears under the flowers. Sakil Nichim, white flower in Tseltal, began in 2009 as a savings group of 27 embroiderers who wanted to sell directly instead of through intermediaries. Every blouse is embroidered by hand in satin and stem stitch and takes between two and four weeks of work. " +
      DEMO_EN,
    story_es:
      "Las mujeres de Aguacatenango, pueblo tseltal al borde del valle del Grijalva, son conocidas por blusas bordadas con tanta densidad que la manta blanca casi desaparece bajo las flores. Sakil Nichim, flor blanca en tseltal, nació en 2009 como un grupo de ahorro de 27 bordadoras que querían vender directamente y no a través de intermediarios. Cada blusa se borda a mano en punto relleno y punto tallo y lleva entre dos y cuatro semanas de trabajo. " +
      DEMO_ES,
    contact_email: "sakil.nichim@example.org",
    contact_phone: "+52 961 204 3317",
    payout_method: "spei",
    account_holder: "Bordadoras Sakil Nichim S.C. de R.L. de C.V.",
    clabe: buildClabe("072", "870", "00836152947"),
    stripe_account_id: null,
    cover_image: "coop-sakil-nichim.svg",
    artisans: [
      {
        handle: "maria-santiz-lopez",
        name: "María Sántiz López",
        craft: "Hand embroidery",
        craft_es: "Bordado a mano",
        bio_en:
          "María embroiders in the courtyard of her house with her two daughters. She is known for the large sunflowers on the back of her blouses.",
        bio_es:
          "María borda en el patio de su casa junto a sus dos hijas. Es conocida por los grandes girasoles en la espalda de sus blusas.",
      },
      {
        handle: "elena-lopez-jimenez",
        name: "Elena López Jiménez",
        craft: "Embroidery and pattern design",
        craft_es: "Bordado y diseño de patrones",
        bio_en:
          "Elena draws the outlines of flowers directly on the cloth before embroidering them, a skill few keep. She also cuts and sews the blouses.",
        bio_es:
          "Elena dibuja el contorno de las flores directamente sobre la tela antes de bordarlas, un saber que pocas conservan. También corta y cose las blusas.",
      },
      {
        handle: "guadalupe-jimenez-santiz",
        name: "Guadalupe Jiménez Sántiz",
        craft: "Embroidery for children's garments",
        craft_es: "Bordado de ropa infantil",
        bio_en:
          "Guadalupe specialises in small pieces: girls' blouses, napkins and clutches. She started embroidering to pay for her studies in nursing.",
        bio_es:
          "Guadalupe se especializa en piezas pequeñas: blusas de niña, servilletas y bolsos de mano. Empezó a bordar para pagar sus estudios de enfermería.",
      },
    ],
  },
  {
    handle: "batsi-kuul",
    name: "Bats'i K'u'ul",
    community: "San Andrés Larráinzar",
    municipality: "Larráinzar",
    region: "Altos",
    latitude: 16.8838,
    longitude: -92.7126,
    founded_year: 2006,
    member_families: 31,
    languages: ["Tsotsil", "Spanish"],
    crafts: ["backstrap loom brocade", "ceremonial huipiles"],
    crafts_es: ["brocado en telar de cintura", "huipiles ceremoniales"],
    story_en:
      "In San Andrés Larráinzar the red huipil is still worn every day, and the finest ones are brocaded with the diamond that represents the world: the earth, the sky and the corners where the sun rises and sets. The 31 families of Bats'i K'u'ul, true clothing in Tsotsil, weave on backstrap looms tied to a tree or a house post, often while looking after children and the maize field. A ceremonial piece can take six months of work. " +
      DEMO_EN,
    story_es:
      "En San Andrés Larráinzar el huipil rojo todavía se usa a diario, y los más finos llevan brocado el rombo que representa el mundo: la tierra, el cielo y las esquinas por donde sale y se oculta el sol. Las 31 familias de Bats'i K'u'ul, ropa verdadera en tsotsil, tejen en telar de cintura amarrado a un árbol o a un poste de la casa, muchas veces mientras cuidan a los niños y la milpa. Una pieza ceremonial puede llevar seis meses de trabajo. " +
      DEMO_ES,
    contact_email: "batsi.kuul@example.org",
    contact_phone: "+52 967 131 6204",
    payout_method: "spei",
    account_holder: "Bats'i K'u'ul Tejedoras de Larráinzar S.C. de R.L. de C.V.",
    clabe: buildClabe("127", "871", "38204617553"),
    stripe_account_id: null,
    cover_image: "coop-batsi-kuul.svg",
    artisans: [
      {
        handle: "veronica-diaz-ruiz",
        name: "Verónica Díaz Ruiz",
        craft: "Ceremonial brocade",
        craft_es: "Brocado ceremonial",
        bio_en:
          "Verónica weaves the ceremonial huipiles worn by the wives of community officials. She learned from her grandmother, who wove for the patron saint.",
        bio_es:
          "Verónica teje los huipiles ceremoniales que usan las esposas de los cargos comunitarios. Aprendió de su abuela, que tejía para el santo patrón.",
      },
      {
        handle: "catalina-ruiz-diaz",
        name: "Catalina Ruiz Díaz",
        craft: "Backstrap loom weaving",
        craft_es: "Tejido en telar de cintura",
        bio_en: "Catalina weaves everyday huipiles, runners and cushion covers. She ties her loom to the peach tree in front of her house.",
        bio_es:
          "Catalina teje huipiles de diario, caminos de mesa y fundas de cojín. Amarra su telar al durazno que está frente a su casa.",
      },
    ],
  },
  {
    handle: "chul-lum",
    name: "Ch'ul Lum",
    community: "Amatenango del Valle",
    municipality: "Amatenango del Valle",
    region: "Altos",
    latitude: 16.5283,
    longitude: -92.4334,
    founded_year: 1996,
    member_families: 46,
    languages: ["Tseltal", "Spanish"],
    crafts: ["hand-built pottery", "open firing", "slip painting", "clay sculpture"],
    crafts_es: ["alfarería modelada a mano", "quema a cielo abierto", "pintura con engobe", "escultura en barro"],
    story_en:
      "Amatenango del Valle is a Tseltal town of women potters who shape clay without a wheel and fire it in the open, under a bonfire of wood and dry grass, instead of in a kiln. The 46 families of Ch'ul Lum, sacred earth in Tseltal, dig their clay and sand nearby, coil and smooth every piece by hand and paint it with red, white and ochre mineral slips. Their jaguars, doves and water jars are a little different every time, because the fire decides the final shades. " +
      DEMO_EN,
    story_es:
      "Amatenango del Valle es un pueblo tseltal de alfareras que modelan el barro sin torno y lo cuecen a cielo abierto, bajo una hoguera de leña y zacate seco, en lugar de en un horno. Las 46 familias de Ch'ul Lum, tierra sagrada en tseltal, sacan el barro y la arena de los alrededores, levantan y alisan cada pieza a mano y la pintan con engobes minerales rojos, blancos y ocres. Sus jaguares, palomas y cántaros son un poco distintos cada vez, porque el fuego decide los tonos finales. " +
      DEMO_ES,
    contact_email: "chul.lum@example.org",
    contact_phone: "+52 967 145 2278",
    payout_method: "spei",
    account_holder: "Alfareras Ch'ul Lum S.C. de R.L. de C.V.",
    clabe: buildClabe("646", "180", "21937584016"),
    stripe_account_id: null,
    cover_image: "coop-chul-lum.svg",
    artisans: [
      {
        handle: "juliana-lopez-bolom",
        name: "Juliana López Bolom",
        craft: "Clay sculpture (jaguars)",
        craft_es: "Escultura en barro (jaguares)",
        bio_en:
          "Juliana has modelled jaguars for thirty years; her largest ones reach almost a metre. Her surname, Bolom, means jaguar in Tseltal.",
        bio_es:
          "Juliana modela jaguares desde hace treinta años; los más grandes llegan casi al metro. Su apellido, Bolom, significa jaguar en tseltal.",
      },
      {
        handle: "micaela-gomez-lopez",
        name: "Micaela Gómez López",
        craft: "Water jars and coiled pottery",
        craft_es: "Cántaros y alfarería de rollos",
        bio_en:
          "Micaela makes cántaros, planters and plates with the coiling technique her mother taught her. She prepares the clay for half the cooperative.",
        bio_es:
          "Micaela hace cántaros, macetas y platos con la técnica de rollos que le enseñó su madre. Prepara el barro para la mitad de la cooperativa.",
      },
      {
        handle: "dominga-bolom-gomez",
        name: "Dominga Bolom Gómez",
        craft: "Clay doves and whistles",
        craft_es: "Palomas y silbatos de barro",
        bio_en: "Dominga shapes doves, small birds and whistles, and paints them with fine slip lines using a chicken-feather brush.",
        bio_es:
          "Dominga modela palomas, pajaritos y silbatos, y los pinta con finas líneas de engobe usando un pincel de pluma de gallina.",
      },
    ],
  },
  {
    handle: "kanal-pom",
    name: "K'anal Pom",
    community: "Simojovel de Allende",
    municipality: "Simojovel",
    region: "Norte",
    latitude: 17.1387,
    longitude: -92.7112,
    founded_year: 2011,
    member_families: 18,
    languages: ["Tsotsil", "Ch'ol", "Spanish"],
    crafts: ["amber mining", "amber carving", "silver setting"],
    crafts_es: ["extracción de ámbar", "talla de ámbar", "engaste en plata"],
    story_en:
      "Simojovel, in the northern mountains of Chiapas, is the heart of Mexican amber: tree resin fossilised some 15 to 25 million years ago and dug out of narrow hand-made tunnels in the hillsides. K'anal Pom is a small cooperative of 18 families of miners and polishers who decided to cut and finish the amber themselves instead of selling raw nuggets by weight. Every piece is shaped with files and sandpaper and polished by hand, and all silver findings are sterling .925. " +
      DEMO_EN,
    story_es:
      "Simojovel, en las montañas del norte de Chiapas, es el corazón del ámbar mexicano: resina de árbol fosilizada hace unos 15 a 25 millones de años y extraída de estrechos túneles excavados a mano en los cerros. K'anal Pom es una pequeña cooperativa de 18 familias de mineros y pulidores que decidieron cortar y terminar el ámbar ellos mismos en lugar de vender la piedra en bruto por peso. Cada pieza se forma con limas y lija y se pule a mano, y todos los herrajes de plata son de ley .925. " +
      DEMO_ES,
    contact_email: "kanal.pom@example.org",
    contact_phone: "+52 919 672 0583",
    payout_method: "spei",
    account_holder: "Ambareros K'anal Pom S.C. de R.L. de C.V.",
    clabe: buildClabe("021", "879", "04728163950"),
    stripe_account_id: null,
    cover_image: "coop-kanal-pom.svg",
    artisans: [
      {
        handle: "sebastian-gomez-ruiz",
        name: "Sebastián Gómez Ruiz",
        craft: "Amber mining and carving",
        craft_es: "Extracción y talla de ámbar",
        bio_en:
          "Sebastián has worked in the amber tunnels since he was fifteen. Today he selects the rough pieces and carves the cooperative's figures.",
        bio_es:
          "Sebastián trabaja en los túneles de ámbar desde los quince años. Hoy selecciona la piedra en bruto y talla las figuras de la cooperativa.",
      },
      {
        handle: "antonia-ruiz-lopez",
        name: "Antonia Ruiz López",
        craft: "Amber polishing and silver setting",
        craft_es: "Pulido de ámbar y engaste en plata",
        bio_en:
          "Antonia polishes amber by hand until it shines and sets it in silver. She started the cooperative's jewellery line in 2013.",
        bio_es: "Antonia pule el ámbar a mano hasta que brilla y lo monta en plata. Empezó la línea de joyería de la cooperativa en 2013.",
      },
      {
        handle: "miguel-hernandez-gomez",
        name: "Miguel Hernández Gómez",
        craft: "Amber carving",
        craft_es: "Talla de ámbar",
        bio_en: "Miguel carves hearts, maize cobs and small animals, and is the one who spots the rare pieces with insects trapped inside.",
        bio_es: "Miguel talla corazones, mazorcas y animalitos, y es quien reconoce las piezas raras con insectos atrapados dentro.",
      },
    ],
  },
  {
    handle: "jicara-florida",
    name: "Jícara Florida",
    community: "Chiapa de Corzo",
    municipality: "Chiapa de Corzo",
    region: "Centro",
    latitude: 16.7076,
    longitude: -93.0119,
    founded_year: 1993,
    member_families: 12,
    languages: ["Spanish"],
    crafts: ["lacquerware (laca)", "gourd carving", "mask carving"],
    crafts_es: ["laca", "talla de jícaras", "talla de máscaras"],
    story_en:
      "Chiapa de Corzo, on the banks of the Grijalva river, has decorated gourds and wood with laca for centuries: a lacquer of chia oil or aje, a fat from a scale insect, mixed with mineral powders and rubbed on by hand, layer after layer. Jícara Florida is a network of 12 family workshops that paint flowers, birds and leaves on black or red grounds with fine brushes. They also carve the cedar masks worn by the parachicos during the Fiesta Grande every January. " +
      DEMO_EN,
    story_es:
      "Chiapa de Corzo, a orillas del río Grijalva, decora jícaras y madera con laca desde hace siglos: un barniz de aceite de chía o aje, la grasa de un insecto, mezclado con polvos minerales y frotado a mano, capa tras capa. Jícara Florida es una red de 12 talleres familiares que pintan flores, aves y hojas sobre fondos negros o rojos con pinceles finos. También tallan las máscaras de cedro que usan los parachicos durante la Fiesta Grande cada enero. " +
      DEMO_ES,
    contact_email: "jicara.florida@example.org",
    contact_phone: "+52 961 316 4729",
    payout_method: "stripe_connect",
    account_holder: "Talleres Jícara Florida S.C. de R.L. de C.V.",
    clabe: null,
    stripe_account_id: "acct_1DemoJicaraFlorida",
    cover_image: "coop-jicara-florida.svg",
    artisans: [
      {
        handle: "rosa-maria-nucamendi-aguilar",
        name: "Rosa María Nucamendi Aguilar",
        craft: "Lacquer painting",
        craft_es: "Pintura en laca",
        bio_en:
          "Rosa María paints flowers on lacquer with a brush made from a few cat hairs, as her father did. Her workshop prepares the chia-oil lacquer for the whole network.",
        bio_es:
          "Rosa María pinta flores sobre laca con un pincel de unos cuantos pelos de gato, como lo hacía su padre. Su taller prepara la laca de aceite de chía para toda la red.",
      },
      {
        handle: "jorge-castillo-grajales",
        name: "Jorge Castillo Grajales",
        craft: "Mask carving",
        craft_es: "Talla de máscaras",
        bio_en:
          "Jorge carves parachico masks from cedar and sets their glass eyes by hand. Each year he makes new masks for the dancers of his neighbourhood.",
        bio_es:
          "Jorge talla máscaras de parachico en cedro y les coloca a mano los ojos de vidrio. Cada año hace máscaras nuevas para los danzantes de su barrio.",
      },
      {
        handle: "leticia-grajales-nucamendi",
        name: "Leticia Grajales Nucamendi",
        craft: "Gourd carving",
        craft_es: "Talla de jícaras",
        bio_en:
          "Leticia grows her own gourd trees and carves birds and vines into the dried shells. She also lacquers the cooperative's maracas.",
        bio_es:
          "Leticia cultiva sus propios árboles de jícaro y talla aves y enredaderas en las jícaras secas. También laquea las maracas de la cooperativa.",
      },
    ],
  },
  {
    handle: "sbek-ixim",
    name: "Sbek' Ixim",
    community: "San Bartolomé de los Llanos",
    municipality: "Venustiano Carranza",
    region: "Centro",
    latitude: 16.3409,
    longitude: -92.5594,
    founded_year: 2003,
    member_families: 35,
    languages: ["Tsotsil", "Spanish"],
    crafts: ["backstrap loom brocade", "table linen", "cotton spinning"],
    crafts_es: ["brocado en telar de cintura", "mantelería", "hilado de algodón"],
    story_en:
      "Venustiano Carranza, still called San Bartolomé de los Llanos by its Tsotsil families, has a long tradition of heavy cotton cloth woven on the backstrap loom, with birds, plants and stars brocaded in white or red. The 35 families of Sbek' Ixim, maize seed in Tsotsil, specialise in table linen: runners, placemats and tablecloths wide enough to need two panels joined by hand. The women still spin part of their cotton with a spindle and buy the rest from a regional organic grower. " +
      DEMO_EN,
    story_es:
      "Venustiano Carranza, al que sus familias tsotsiles siguen llamando San Bartolomé de los Llanos, tiene una larga tradición de tela gruesa de algodón tejida en telar de cintura, con aves, plantas y estrellas brocadas en blanco o rojo. Las 35 familias de Sbek' Ixim, semilla de maíz en tsotsil, se especializan en mantelería: caminos de mesa, manteles individuales y manteles tan anchos que necesitan dos lienzos unidos a mano. Las mujeres todavía hilan parte de su algodón con malacate y compran el resto a un productor orgánico de la región. " +
      DEMO_ES,
    contact_email: "sbek.ixim@example.org",
    contact_phone: "+52 961 228 9145",
    payout_method: "spei",
    account_holder: "Tejedoras Sbek' Ixim S.C. de R.L. de C.V.",
    clabe: buildClabe("002", "870", "45196023874"),
    stripe_account_id: null,
    cover_image: "coop-sbek-ixim.svg",
    artisans: [
      {
        handle: "margarita-lopez-velasco",
        name: "Margarita López Velasco",
        craft: "Brocade weaving",
        craft_es: "Tejido de brocado",
        bio_en:
          "Margarita weaves the wide tablecloth panels, a job that needs long arms and patience. She knows the old bird designs of San Bartolomé by heart.",
        bio_es:
          "Margarita teje los lienzos anchos de los manteles, un trabajo que pide brazos largos y paciencia. Conoce de memoria los antiguos diseños de aves de San Bartolomé.",
      },
      {
        handle: "angelina-velasco-hernandez",
        name: "Angelina Velasco Hernández",
        craft: "Table linen weaving and finishing",
        craft_es: "Tejido y acabado de mantelería",
        bio_en:
          "Angelina weaves runners and napkins and joins tablecloth panels with a decorative stitch. She is the cooperative's treasurer.",
        bio_es:
          "Angelina teje caminos de mesa y servilletas y une los lienzos de los manteles con una costura decorativa. Es la tesorera de la cooperativa.",
      },
      {
        handle: "sara-hernandez-lopez",
        name: "Sara Hernández López",
        craft: "Cotton spinning and bag making",
        craft_es: "Hilado de algodón y confección de bolsas",
        bio_en: "Sara spins cotton with a spindle and a gourd bowl, and sews the cooperative's market totes from leftover cloth.",
        bio_es: "Sara hila algodón con malacate y jícara, y cose las bolsas de mercado de la cooperativa con la tela sobrante.",
      },
    ],
  },
  {
    handle: "kanan-kaax",
    name: "Kanan K'aax",
    community: "Lacanjá Chansayab",
    municipality: "Ocosingo",
    region: "Selva",
    latitude: 16.7625,
    longitude: -91.1289,
    founded_year: 2012,
    member_families: 14,
    languages: ["Lacandón Maya", "Spanish"],
    crafts: ["wood carving", "bows and arrows", "seed jewelry"],
    crafts_es: ["talla en madera", "arcos y flechas", "joyería de semillas"],
    story_en:
      "Lacanjá Chansayab is one of the few communities of the Lacandón Maya, who call themselves Hach Winik, in the rainforest of the Selva Lacandona. The 14 families of Kanan K'aax, a name that speaks of caring for the forest, carve animals from fallen wood, make bows and arrows as their grandparents did for hunting, and string necklaces from seeds collected on the forest floor. Nothing is cut from living trees, and part of the income pays for forest patrols. " +
      DEMO_EN,
    story_es:
      "Lacanjá Chansayab es una de las pocas comunidades de los mayas lacandones, que se llaman a sí mismos Hach Winik, en la selva Lacandona. Las 14 familias de Kanan K'aax, un nombre que habla de cuidar la selva, tallan animales en madera caída, hacen arcos y flechas como los que usaban sus abuelos para cazar y ensartan collares con semillas recogidas del suelo del bosque. Nada se corta de árboles vivos, y parte de los ingresos paga los recorridos de vigilancia de la selva. " +
      DEMO_ES,
    contact_email: "kanan.kaax@example.org",
    contact_phone: "+52 919 104 6638",
    payout_method: "stripe_connect",
    account_holder: "Artesanos Kanan K'aax S.C. de R.L. de C.V.",
    clabe: null,
    stripe_account_id: "acct_1DemoKananKaaxSelva",
    cover_image: "coop-kanan-kaax.svg",
    artisans: [
      {
        handle: "kayum-chambor-garcia",
        name: "Kayum Chambor García",
        craft: "Wood carving",
        craft_es: "Talla en madera",
        bio_en:
          "Kayum carves jaguars, toucans and canoes from cedar and mahogany branches brought down by storms. He burns the details in with a heated wire.",
        bio_es:
          "Kayum talla jaguares, tucanes y cayucos en ramas de cedro y caoba derribadas por las tormentas. Quema los detalles con un alambre caliente.",
      },
      {
        handle: "koh-garcia-paniagua",
        name: "Koh García Paniagua",
        craft: "Seed jewelry",
        craft_es: "Joyería de semillas",
        bio_en: "Koh collects red, black and grey seeds after the rains and strings them with cotton thread she twists herself.",
        bio_es:
          "Koh recoge semillas rojas, negras y grises después de las lluvias y las ensarta con hilo de algodón que ella misma tuerce.",
      },
      {
        handle: "chan-kin-paniagua-chambor",
        name: "Chan K'in Paniagua Chambor",
        craft: "Bows and arrows",
        craft_es: "Arcos y flechas",
        bio_en:
          "Chan K'in makes bows from hardwood and arrows from cane with feathered ends, following his grandfather's measurements. The toy versions have soft, blunt tips.",
        bio_es:
          "Chan K'in hace arcos de madera dura y flechas de carrizo con plumas, siguiendo las medidas de su abuelo. Las versiones de juguete tienen puntas romas y suaves.",
      },
    ],
  },
  {
    handle: "tsobol-jalbil",
    name: "Tsobol Jalbil",
    community: "Santa María Magdalena",
    municipality: "Aldama",
    region: "Altos",
    latitude: 16.9178,
    longitude: -92.6962,
    founded_year: 2008,
    member_families: 29,
    languages: ["Tsotsil", "Spanish"],
    crafts: ["backstrap loom brocade", "ceremonial huipiles", "belt weaving"],
    crafts_es: ["brocado en telar de cintura", "huipiles ceremoniales", "tejido de fajas"],
    story_en:
      "In Santa María Magdalena, known as Magdalenas, in the municipality of Aldama, weavers are famous for huipiles whose brocade covers almost the whole garment in red, with touches of yellow, green and blue. Tsobol Jalbil brings together 29 families; older weavers teach girls the designs, the universe diamond, the saint and the flowering tree, as they weave side by side. The cooperative takes turns for the long trips to sell, so that no one has to be away from home for long. " +
      DEMO_EN,
    story_es:
      "En Santa María Magdalena, conocida como Magdalenas, en el municipio de Aldama, las tejedoras son famosas por huipiles cuyo brocado cubre casi toda la prenda de rojo, con toques de amarillo, verde y azul. Tsobol Jalbil reúne a 29 familias; las tejedoras mayores enseñan a las niñas los diseños, el rombo del universo, el santo y el árbol florido, mientras tejen lado a lado. La cooperativa se turna los largos viajes de venta, para que nadie tenga que estar lejos de casa mucho tiempo. " +
      DEMO_ES,
    contact_email: "tsobol.jalbil@example.org",
    contact_phone: "+52 967 159 7312",
    payout_method: "spei",
    account_holder: "Tejedoras Tsobol Jalbil S.C. de R.L. de C.V.",
    clabe: buildClabe("014", "871", "82650391478"),
    stripe_account_id: null,
    cover_image: "coop-tsobol-jalbil.svg",
    artisans: [
      {
        handle: "magdalena-ruiz-perez",
        name: "Magdalena Ruiz Pérez",
        craft: "Ceremonial brocade",
        craft_es: "Brocado ceremonial",
        bio_en:
          "Magdalena has woven ceremonial huipiles for the church of her community for twenty years. She teaches her granddaughters the saint design.",
        bio_es:
          "Magdalena teje huipiles ceremoniales para la iglesia de su comunidad desde hace veinte años. Enseña a sus nietas el diseño del santo.",
      },
      {
        handle: "lorenza-perez-diaz",
        name: "Lorenza Pérez Díaz",
        craft: "Brocade weaving",
        craft_es: "Tejido de brocado",
        bio_en: "Lorenza weaves huipiles, cushion covers and runners, and is known for her bright yellow and green accents.",
        bio_es: "Lorenza teje huipiles, fundas de cojín y caminos de mesa, y es conocida por sus vivos toques de amarillo y verde.",
      },
      {
        handle: "ana-diaz-ruiz",
        name: "Ana Díaz Ruiz",
        craft: "Belt and bag weaving",
        craft_es: "Tejido de fajas y bolsas",
        bio_en:
          "Ana weaves narrow brocade bands on a small backstrap loom and turns them into belts and bags. She sells for the cooperative in San Cristóbal twice a month.",
        bio_es:
          "Ana teje bandas angostas de brocado en un telar de cintura pequeño y las convierte en cinturones y bolsas. Vende para la cooperativa en San Cristóbal dos veces al mes.",
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

const SIZES_SML = [{ title: "Size", values: ["S", "M", "L"] }]

export const products: SeedProduct[] = [
  // ----- Nichim Pok' (Zinacantán) -----------------------------------------
  product({
    handle: "huipil-flores-zinacantan",
    cooperative: "nichim-pok",
    artisans: ["maruch-perez-hernandez", "xunka-gomez-vazquez"],
    category: "huipiles",
    sku: "ZIN-HUI-001",
    title_en: "Zinacantán Flower Huipil",
    title_es: "Huipil de flores de Zinacantán",
    description_en:
      "A short huipil woven on the backstrap loom in deep indigo and covered with hand-embroidered roses and daisies around the neckline and shoulders. The flowers echo the greenhouses of Zinacantán, and the colours follow this year's palette in the community. Wear it loose over jeans or a skirt.",
    description_es:
      "Un huipil corto tejido en telar de cintura en añil profundo y cubierto de rosas y margaritas bordadas a mano alrededor del cuello y los hombros. Las flores recuerdan los invernaderos de Zinacantán y los colores siguen la paleta de este año en la comunidad. Se usa suelto, con pantalón o falda.",
    technique: "Backstrap loom weaving, hand embroidery",
    technique_es: "Tejido en telar de cintura, bordado a mano",
    material: "Cotton, cotton embroidery thread",
    material_es: "Algodón, hilo de bordar de algodón",
    weight_grams: 420,
    options: SIZES_SML,
    variants: [
      ["S", 168, 4],
      ["M", 168, 6],
      ["L", 168, 3],
    ],
    share: 0.6,
    art: { kind: "textile", shape: "huipil", motif: "flowers", palette: P.zinIndigo },
  }),
  product({
    handle: "chal-bordado-zinacantan",
    cooperative: "nichim-pok",
    artisans: ["loxa-sanchez-perez"],
    category: "rebozos",
    sku: "ZIN-REB-002",
    title_en: "Embroidered Flower Shawl (Pok' Mochebal)",
    title_es: "Chal bordado de flores (pok' mochebal)",
    description_en:
      "The shawl Zinacantec women wear over their shoulders, woven in fine cotton and embroidered along both ends with a garden of flowers. Finished with handmade tassels. About 180 × 55 cm.",
    description_es:
      "El chal que las mujeres de Zinacantán llevan sobre los hombros, tejido en algodón fino y bordado en ambos extremos con un jardín de flores. Rematado con borlas hechas a mano. Mide aproximadamente 180 × 55 cm.",
    technique: "Backstrap loom weaving, hand embroidery",
    technique_es: "Tejido en telar de cintura, bordado a mano",
    material: "Cotton, cotton embroidery thread",
    material_es: "Algodón, hilo de bordar de algodón",
    weight_grams: 380,
    options: [{ title: "Colour", values: ["Violet", "Turquoise", "Black"] }],
    variants: [
      ["Violet", 138, 5],
      ["Turquoise", 138, 0],
      ["Black", 138, 7],
    ],
    share: 0.58,
    art: {
      kind: "textile",
      shape: "rebozo",
      motif: "flowers",
      palette: ["#4a2a7a", "#f06292", "#ffd54f", "#26c6da", "#f5f0e6", "#66bb6a"],
    },
  }),
  product({
    handle: "chal-ceremonial-zinacantan",
    cooperative: "nichim-pok",
    artisans: ["maruch-perez-hernandez", "loxa-sanchez-perez"],
    category: "rebozos",
    sku: "ZIN-REB-003",
    title_en: "Festival Shawl with Sequins, One of a Kind",
    title_es: "Chal de fiesta con lentejuelas, pieza única",
    description_en:
      "A festival shawl embroidered edge to edge with overlapping flowers and scattered sequins, the kind worn for the feast of San Lorenzo in August. It took Maruch and Loxa three months of evenings. There is only this one.",
    description_es:
      "Un chal de fiesta bordado de orilla a orilla con flores superpuestas y lentejuelas salpicadas, como los que se usan para la fiesta de San Lorenzo en agosto. A Maruch y Loxa les llevó tres meses de tardes. Solo existe este.",
    technique: "Backstrap loom weaving, hand embroidery, sequin work",
    technique_es: "Tejido en telar de cintura, bordado a mano, aplicación de lentejuelas",
    material: "Cotton, cotton and rayon embroidery thread, sequins",
    material_es: "Algodón, hilo de bordar de algodón y rayón, lentejuelas",
    weight_grams: 470,
    variants: [["Default", 290, 1]],
    share: 0.63,
    art: { kind: "textile", shape: "rebozo", motif: "flowers", palette: P.zinBlack },
  }),
  product({
    handle: "cojin-flores-zinacantan",
    cooperative: "nichim-pok",
    artisans: ["xunka-gomez-vazquez", "loxa-sanchez-perez"],
    category: "cushion-covers",
    sku: "ZIN-COJ-004",
    title_en: "Flower Garden Cushion Cover",
    title_es: "Funda de cojín jardín de flores",
    description_en:
      "A 45 × 45 cm cushion cover in backstrap-woven cotton with a band of embroidered flowers across the front. Hidden zip closure; insert not included.",
    description_es:
      "Funda de cojín de 45 × 45 cm en algodón tejido en telar de cintura, con una franja de flores bordadas al frente. Cierre oculto; no incluye relleno.",
    technique: "Backstrap loom weaving, hand embroidery",
    technique_es: "Tejido en telar de cintura, bordado a mano",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 220,
    options: [{ title: "Colour", values: ["Indigo", "Fuchsia"] }],
    variants: [
      ["Indigo", 46, 12],
      ["Fuchsia", 46, 9],
    ],
    art: { kind: "textile", shape: "cushion", motif: "flowers", palette: P.zinIndigo, images: 1 },
  }),
  product({
    handle: "camino-mesa-flores-zinacantan",
    cooperative: "nichim-pok",
    artisans: ["maruch-perez-hernandez"],
    category: "table-runners",
    sku: "ZIN-RUN-005",
    title_en: "Embroidered Flower Table Runner",
    title_es: "Camino de mesa bordado de flores",
    description_en:
      "A black cotton runner with bouquets of embroidered flowers at both ends and a thin line of running stitch along its length. 35 cm wide. Hand wash cold and dry in the shade.",
    description_es:
      "Camino de mesa de algodón negro con ramos de flores bordadas en ambos extremos y una delgada línea de pespunte a lo largo. Mide 35 cm de ancho. Lavar a mano en agua fría y secar a la sombra.",
    technique: "Backstrap loom weaving, hand embroidery",
    technique_es: "Tejido en telar de cintura, bordado a mano",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 260,
    options: [{ title: "Length", values: ["150 cm", "200 cm"] }],
    variants: [
      ["150 cm", 64, 8],
      ["200 cm", 82, 5],
    ],
    art: { kind: "textile", shape: "runner", motif: "flowers", palette: P.zinBlack },
  }),
  product({
    handle: "bolsa-flores-zinacantan",
    cooperative: "nichim-pok",
    artisans: ["loxa-sanchez-perez"],
    category: "bags",
    sku: "ZIN-BAG-006",
    title_en: "Flower Embroidered Tote",
    title_es: "Bolsa tote bordada de flores",
    description_en:
      "A sturdy everyday tote in double-layered cotton, embroidered with a spray of flowers on the front. Lined inside, with a small pocket for keys.",
    description_es:
      "Una bolsa tote resistente para diario, en algodón de doble capa, bordada al frente con un ramo de flores. Forrada por dentro, con una bolsita para las llaves.",
    technique: "Backstrap loom weaving, hand embroidery",
    technique_es: "Tejido en telar de cintura, bordado a mano",
    material: "Cotton, cotton lining",
    material_es: "Algodón, forro de algodón",
    weight_grams: 340,
    options: [{ title: "Colour", values: ["Black", "Purple"] }],
    variants: [
      ["Black", 58, 10],
      ["Purple", 58, 2],
    ],
    art: { kind: "bag", shape: "tote", motif: "flowers", palette: P.zinBlack },
  }),
  product({
    handle: "faja-bordada-zinacantan",
    cooperative: "nichim-pok",
    artisans: ["xunka-gomez-vazquez"],
    category: "belts",
    sku: "ZIN-BEL-007",
    title_en: "Embroidered Sash",
    title_es: "Faja bordada",
    description_en:
      "A narrow woven sash with a running line of small embroidered flowers and tasselled ends. Long enough to wrap twice around the waist or to tie on a hat.",
    description_es:
      "Una faja angosta tejida con una hilera de pequeñas flores bordadas y puntas con borlas. Es lo bastante larga para dar dos vueltas a la cintura o amarrarse a un sombrero.",
    technique: "Backstrap loom weaving, hand embroidery",
    technique_es: "Tejido en telar de cintura, bordado a mano",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 90,
    options: [{ title: "Colour", values: ["Pink", "Blue"] }],
    variants: [
      ["Pink", 28, 18],
      ["Blue", 28, 14],
    ],
    art: { kind: "textile", shape: "belt", motif: "flowers", palette: ["#e84a8a", "#26235c", "#ffd54f", "#2cb1b5", "#ffffff"], images: 1 },
  }),

  // ----- Tunim Chij (San Juan Chamula) --------------------------------------
  product({
    handle: "rebozo-lana-chamula",
    cooperative: "tunim-chij",
    artisans: ["pascuala-lopez-diaz", "katal-patishtan-gomez"],
    category: "rebozos",
    sku: "CHA-REB-001",
    title_en: "Chamula Natural Wool Shawl",
    title_es: "Rebozo de lana natural de Chamula",
    description_en:
      "Hand-spun wool from the cooperative's own sheep, woven on the backstrap loom and lightly fulled so it stays soft and drapes well. The colour is the natural colour of the fleece, undyed. About 190 × 60 cm with twisted fringes.",
    description_es:
      "Lana hilada a mano de los propios borregos de la cooperativa, tejida en telar de cintura y ligeramente abatanada para que quede suave y caiga bien. El color es el natural del vellón, sin teñir. Mide aproximadamente 190 × 60 cm, con flecos torcidos.",
    technique: "Hand spinning, backstrap loom weaving, fulling",
    technique_es: "Hilado a mano, tejido en telar de cintura, abatanado",
    material: "Undyed sheep's wool",
    material_es: "Lana de borrego sin teñir",
    weight_grams: 520,
    options: [{ title: "Colour", values: ["Black", "Brown", "Cream"] }],
    variants: [
      ["Black", 124, 6],
      ["Brown", 124, 4],
      ["Cream", 124, 0],
    ],
    share: 0.6,
    art: { kind: "textile", shape: "rebozo", motif: "stripes", palette: P.chamulaWool },
  }),
  product({
    handle: "chaleco-lana-chamula",
    cooperative: "tunim-chij",
    artisans: ["pascuala-lopez-diaz"],
    category: "wool-garments",
    sku: "CHA-WOO-002",
    title_en: "Hand-Spun Wool Vest",
    title_es: "Chaleco de lana hilada a mano",
    description_en:
      "A warm, open vest cut from fulled wool cloth, with the slightly shaggy surface typical of Chamula wool. The edges are bound with a red woven band. Warm enough for highland mornings.",
    description_es:
      "Un chaleco abierto y abrigador cortado de tela de lana abatanada, con la superficie ligeramente peluda típica de la lana de Chamula. Las orillas llevan un ribete tejido rojo. Abriga lo suficiente para las mañanas de los Altos.",
    technique: "Hand spinning, backstrap loom weaving, fulling",
    technique_es: "Hilado a mano, tejido en telar de cintura, abatanado",
    material: "Sheep's wool, cotton binding",
    material_es: "Lana de borrego, ribete de algodón",
    weight_grams: 610,
    options: SIZES_SML,
    variants: [
      ["S", 96, 5],
      ["M", 96, 8],
      ["L", 96, 3],
    ],
    share: 0.6,
    art: { kind: "textile", shape: "vest", motif: "wool", palette: P.chamulaWool },
  }),
  product({
    handle: "chuj-lana-pelo-largo",
    cooperative: "tunim-chij",
    artisans: ["pascuala-lopez-diaz", "katal-patishtan-gomez"],
    category: "wool-garments",
    sku: "CHA-WOO-003",
    title_en: "Long-Haired Wool Chuj, One of a Kind",
    title_es: "Chuj de lana de pelo largo, pieza única",
    description_en:
      "The chuj is the sleeveless wool tunic worn by Chamula men, and this one is woven from long-haired white fleece and brushed so that the fibres hang like a coat of fur. It took Pascuala and Katal four months from shearing to finishing. A single piece, made to be worn or hung.",
    description_es:
      "El chuj es la túnica de lana sin mangas que usan los hombres de Chamula, y esta fue tejida con vellón blanco de pelo largo y cepillada para que las fibras caigan como un pelaje. A Pascuala y Katal les llevó cuatro meses, de la trasquila al acabado. Pieza única, para usarse o colgarse.",
    technique: "Hand spinning, backstrap loom weaving, fulling, brushing",
    technique_es: "Hilado a mano, tejido en telar de cintura, abatanado, perchado",
    material: "Long-staple sheep's wool",
    material_es: "Lana de borrego de fibra larga",
    weight_grams: 1650,
    variants: [["Default", 395, 1]],
    share: 0.65,
    art: { kind: "textile", shape: "tunic", motif: "wool", palette: ["#ece3d0", "#c9b99c", "#8c7a66", "#b3202a", "#1f1b18"] },
  }),
  product({
    handle: "morral-lana-abatanada",
    cooperative: "tunim-chij",
    artisans: ["katal-patishtan-gomez"],
    category: "bags",
    sku: "CHA-BAG-004",
    title_en: "Fulled Wool Shoulder Bag",
    title_es: "Morral de lana abatanada",
    description_en:
      "A dense, water-resistant shoulder bag of fulled wool, the kind men in Chamula carry to market. It has a long woven strap and a cotton lining.",
    description_es:
      "Un morral denso y resistente al agua, de lana abatanada, como los que llevan los hombres de Chamula al mercado. Tiene una correa larga tejida y forro de algodón.",
    technique: "Backstrap loom weaving, fulling",
    technique_es: "Tejido en telar de cintura, abatanado",
    material: "Sheep's wool, cotton lining",
    material_es: "Lana de borrego, forro de algodón",
    weight_grams: 380,
    options: [{ title: "Colour", values: ["Black", "Brown"] }],
    variants: [
      ["Black", 52, 11],
      ["Brown", 52, 7],
    ],
    art: { kind: "bag", shape: "morral", motif: "wool", palette: P.chamulaBrown, images: 1 },
  }),
  product({
    handle: "cojin-lana-rayas-chamula",
    cooperative: "tunim-chij",
    artisans: ["katal-patishtan-gomez"],
    category: "cushion-covers",
    sku: "CHA-COJ-005",
    title_en: "Striped Wool Cushion Cover",
    title_es: "Funda de cojín de lana a rayas",
    description_en:
      "Bands of black, brown and cream wool woven into a 45 × 45 cm cushion cover, with a thin red stripe dyed with cochineal. Button closure on the back.",
    description_es:
      "Franjas de lana negra, café y crema tejidas en una funda de cojín de 45 × 45 cm, con una delgada raya roja teñida con grana cochinilla. Cierre con botones en la parte trasera.",
    technique: "Backstrap loom weaving, natural dyeing",
    technique_es: "Tejido en telar de cintura, teñido natural",
    material: "Sheep's wool, cochineal-dyed wool",
    material_es: "Lana de borrego, lana teñida con grana cochinilla",
    weight_grams: 300,
    variants: [["Default", 54, 9]],
    art: { kind: "textile", shape: "cushion", motif: "stripes", palette: P.chamulaBrown, images: 1 },
  }),
  product({
    handle: "blusa-bordada-chamula",
    cooperative: "tunim-chij",
    artisans: ["manuela-collazo-lopez"],
    category: "blouses",
    sku: "CHA-BLU-006",
    title_en: "Chamula Satin-Stitch Blouse",
    title_es: "Blusa bordada de Chamula",
    description_en:
      "The bright blouse worn in Chamula with the black wool skirt, embroidered around the neck and sleeves in dense satin stitch. The design mixes eight-pointed stars with small flowers.",
    description_es:
      "La blusa de colores que se usa en Chamula con la nagua negra de lana, bordada alrededor del cuello y las mangas en punto relleno. El diseño mezcla estrellas de ocho puntas con flores pequeñas.",
    technique: "Hand embroidery (satin stitch)",
    technique_es: "Bordado a mano (punto relleno)",
    material: "Cotton poplin, cotton embroidery thread",
    material_es: "Popelina de algodón, hilo de bordar de algodón",
    weight_grams: 190,
    options: SIZES_SML,
    variants: [
      ["S", 84, 7],
      ["M", 84, 10],
      ["L", 84, 6],
    ],
    art: { kind: "textile", shape: "blouse", motif: "star", palette: ["#2f6fb3", "#f2c230", "#e84a5f", "#ffffff", "#3f8f4a"] },
  }),
  product({
    handle: "muneca-lana-chamula",
    cooperative: "tunim-chij",
    artisans: ["tonik-diaz-hernandez"],
    category: "toys",
    sku: "CHA-TOY-007",
    title_en: "Wool-Dressed Chamula Doll",
    title_es: "Muñeca chamula vestida de lana",
    description_en:
      "A soft cloth doll dressed like the women of Chamula, with a tiny black wool skirt, an embroidered blouse and a red belt. Hand-stitched features, no small hard parts.",
    description_es:
      "Una muñeca de trapo vestida como las mujeres de Chamula, con una pequeña nagua de lana negra, blusa bordada y faja roja. Rasgos cosidos a mano, sin piezas pequeñas duras.",
    technique: "Hand sewing, weaving with leftover yarn",
    technique_es: "Costura a mano, tejido con hilo sobrante",
    material: "Cotton, sheep's wool",
    material_es: "Algodón, lana de borrego",
    weight_grams: 120,
    options: [{ title: "Size", values: ["Small", "Large"] }],
    variants: [
      ["Small", 18, 30],
      ["Large", 26, 0],
    ],
    art: { kind: "toy", shape: "doll", motif: "wool", palette: ["#f3ead8", "#1f1b18", "#2f6fb3", "#b3202a", "#6b4a34"], images: 1 },
  }),

  // ----- Ixim Jalabil (Tenejapa) ---------------------------------------------
  product({
    handle: "huipil-brocado-tenejapa",
    cooperative: "ixim-jalabil",
    artisans: ["petrona-intzin-guzman"],
    category: "huipiles",
    sku: "TEN-HUI-001",
    title_en: "Tenejapa Brocade Huipil",
    title_es: "Huipil brocado de Tenejapa",
    description_en:
      "A huipil of three woven panels brocaded in red, orange and yellow, with the toad and universe-diamond designs that identify Tenejapa. Every motif is picked by hand on the backstrap loom. A garment to wear for decades.",
    description_es:
      "Un huipil de tres lienzos brocados en rojo, naranja y amarillo, con los diseños del sapo y del rombo del universo que identifican a Tenejapa. Cada motivo se levanta a mano en el telar de cintura. Una prenda para usarse durante décadas.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton, mercerised cotton brocade yarn",
    material_es: "Algodón, hilo de algodón mercerizado para el brocado",
    weight_grams: 560,
    options: SIZES_SML,
    variants: [
      ["S", 245, 3],
      ["M", 245, 4],
      ["L", 245, 2],
    ],
    share: 0.62,
    art: { kind: "textile", shape: "huipil", motif: "toad", palette: P.tenRed },
  }),
  product({
    handle: "huipil-ceremonial-tenejapa",
    cooperative: "ixim-jalabil",
    artisans: ["petrona-intzin-guzman", "rosa-guzman-santiz"],
    category: "huipiles",
    sku: "TEN-HUI-002",
    title_en: "Ceremonial Huipil in Natural Dyes, One of a Kind",
    title_es: "Huipil ceremonial en tintes naturales, pieza única",
    description_en:
      "Woven by Petrona over five months from cotton that Rosa dyed with cochineal, indigo and pericón flowers. The brocade covers almost the whole chest with rows of universe diamonds and maize plants. There is no other like it.",
    description_es:
      "Tejido por Petrona durante cinco meses con algodón que Rosa tiñó con grana cochinilla, añil y flor de pericón. El brocado cubre casi todo el pecho con hileras de rombos del universo y plantas de maíz. No hay otro igual.",
    technique: "Backstrap loom, supplementary-weft brocade, natural dyeing",
    technique_es: "Telar de cintura, brocado de trama suplementaria, teñido natural",
    material: "Cotton dyed with cochineal, indigo and pericón",
    material_es: "Algodón teñido con grana cochinilla, añil y pericón",
    weight_grams: 780,
    variants: [["Default", 420, 1]],
    share: 0.65,
    art: { kind: "textile", shape: "huipil", motif: "rombo", palette: P.tenNatural },
  }),
  product({
    handle: "camino-mesa-rombos-tenejapa",
    cooperative: "ixim-jalabil",
    artisans: ["petrona-intzin-guzman", "juana-mendez-intzin"],
    category: "table-runners",
    sku: "TEN-RUN-003",
    title_en: "Universe Diamond Table Runner",
    title_es: "Camino de mesa de rombos del universo",
    description_en:
      "A 180 × 35 cm runner with a central column of universe diamonds, the Maya image of the world with its four corners. Brocaded on a plain-weave ground with knotted fringes.",
    description_es:
      "Camino de mesa de 180 × 35 cm con una columna central de rombos del universo, la imagen maya del mundo con sus cuatro esquinas. Brocado sobre un fondo de tejido liso, con flecos anudados.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 300,
    options: [{ title: "Colour", values: ["Red", "Indigo"] }],
    variants: [
      ["Red", 72, 9],
      ["Indigo", 72, 6],
    ],
    art: { kind: "textile", shape: "runner", motif: "rombo", palette: P.tenRed },
  }),
  product({
    handle: "morral-brocado-tenejapa",
    cooperative: "ixim-jalabil",
    artisans: ["juana-mendez-intzin"],
    category: "bags",
    sku: "TEN-BAG-004",
    title_en: "Brocade Morral Bag",
    title_es: "Morral brocado",
    description_en:
      "A square shoulder bag woven in a single strip and folded, with a zigzag brocade and an adjustable strap. Big enough for a notebook and a water bottle.",
    description_es:
      "Un morral cuadrado tejido en una sola tira y doblado, con brocado en zigzag y correa ajustable. Cabe un cuaderno y una botella de agua.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 320,
    variants: [["Default", 68, 14]],
    art: { kind: "bag", shape: "morral", motif: "zigzag", palette: P.tenRed },
  }),
  product({
    handle: "faja-borlas-tenejapa",
    cooperative: "ixim-jalabil",
    artisans: ["juana-mendez-intzin"],
    category: "belts",
    sku: "TEN-BEL-005",
    title_en: "Woven Sash with Tassels",
    title_es: "Faja tejida con borlas",
    description_en:
      "A 2.4 m sash woven in warp-faced stripes, with long tassels at both ends. In Tenejapa, sashes like this hold up skirts and carry babies.",
    description_es:
      "Una faja de 2.4 m tejida en rayas de urdimbre, con largas borlas en ambos extremos. En Tenejapa, fajas como esta sostienen las naguas y sirven para cargar a los bebés.",
    technique: "Backstrap loom, warp-faced weaving",
    technique_es: "Telar de cintura, tejido de urdimbre vista",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 110,
    options: [{ title: "Colour", values: ["Magenta", "Red", "Orange"] }],
    variants: [
      ["Magenta", 34, 16],
      ["Red", 34, 12],
      ["Orange", 34, 0],
    ],
    art: { kind: "textile", shape: "belt", motif: "zigzag", palette: ["#c4216b", "#f0c23b", "#e8772e", "#1e1a1a", "#ffffff"], images: 1 },
  }),
  product({
    handle: "cojin-sapo-tenejapa",
    cooperative: "ixim-jalabil",
    artisans: ["petrona-intzin-guzman"],
    category: "cushion-covers",
    sku: "TEN-COJ-006",
    title_en: "Toad Motif Cushion Cover",
    title_es: "Funda de cojín con diseño de sapo",
    description_en:
      "The toad, which calls the rain, brocaded in rows on a 45 × 45 cm cushion cover. Red ground with orange and yellow figures; zip closure.",
    description_es:
      "El sapo, que llama a la lluvia, brocado en hileras sobre una funda de cojín de 45 × 45 cm. Fondo rojo con figuras naranjas y amarillas; cierre de cremallera.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 240,
    variants: [["Default", 52, 10]],
    art: { kind: "textile", shape: "cushion", motif: "toad", palette: P.tenRed, images: 1 },
  }),
  product({
    handle: "rebozo-tintes-naturales-tenejapa",
    cooperative: "ixim-jalabil",
    artisans: ["rosa-guzman-santiz"],
    category: "rebozos",
    sku: "TEN-REB-007",
    title_en: "Natural-Dye Cotton Rebozo",
    title_es: "Rebozo de algodón con tintes naturales",
    description_en:
      "A light cotton rebozo dyed by Rosa in a single plant colour and woven with a discreet brocade band near each fringe. The colour will soften gently over the years, as natural dyes do.",
    description_es:
      "Un rebozo ligero de algodón teñido por Rosa en un solo color vegetal y tejido con una discreta franja brocada cerca de cada fleco. El color se suavizará poco a poco con los años, como pasa con los tintes naturales.",
    technique: "Natural dyeing, backstrap loom weaving",
    technique_es: "Teñido natural, tejido en telar de cintura",
    material: "Cotton, plant and cochineal dyes",
    material_es: "Algodón, tintes vegetales y de grana cochinilla",
    weight_grams: 340,
    options: [{ title: "Colour", values: ["Indigo", "Cochineal", "Pericón"] }],
    variants: [
      ["Indigo", 148, 4],
      ["Cochineal", 148, 3],
      ["Pericón", 148, 5],
    ],
    share: 0.6,
    art: { kind: "textile", shape: "rebozo", motif: "fret", palette: ["#2b3f6b", "#efe6d2", "#9e2a3a", "#d9a521", "#6b4a2e"] },
  }),

  // ----- Sakil Nichim (Aguacatenango) ---------------------------------------
  product({
    handle: "blusa-bordada-aguacatenango",
    cooperative: "sakil-nichim",
    artisans: ["maria-santiz-lopez", "elena-lopez-jimenez"],
    category: "blouses",
    sku: "AGU-BLU-001",
    title_en: "Aguacatenango Embroidered Blouse",
    title_es: "Blusa bordada de Aguacatenango",
    description_en:
      "A white cotton blouse with a wide yoke of hand-embroidered flowers in red, orange, yellow and blue. The flowers are drawn freehand on the cloth and filled in with satin stitch, so no two blouses are the same.",
    description_es:
      "Una blusa de manta blanca con un amplio canesú de flores bordadas a mano en rojo, naranja, amarillo y azul. Las flores se dibujan a mano alzada sobre la tela y se rellenan en punto relleno, así que no hay dos blusas iguales.",
    technique: "Hand embroidery (satin and stem stitch)",
    technique_es: "Bordado a mano (punto relleno y punto tallo)",
    material: "Cotton poplin, cotton embroidery thread",
    material_es: "Popelina de algodón, hilo de bordar de algodón",
    weight_grams: 210,
    options: [{ title: "Size", values: ["S", "M", "L", "XL"] }],
    variants: [
      ["S", 98, 8],
      ["M", 98, 12],
      ["L", 98, 9],
      ["XL", 98, 4],
    ],
    share: 0.6,
    art: { kind: "textile", shape: "blouse", motif: "flowers", palette: P.aguWhite },
  }),
  product({
    handle: "blusa-manga-larga-aguacatenango",
    cooperative: "sakil-nichim",
    artisans: ["elena-lopez-jimenez"],
    category: "blouses",
    sku: "AGU-BLU-002",
    title_en: "Long-Sleeve Garden Blouse",
    title_es: "Blusa de manga larga «jardín»",
    description_en:
      "A long-sleeved version of the Aguacatenango blouse, with flowers climbing down both sleeves to the cuffs. Loose cut, gathered at the neck with a drawstring.",
    description_es:
      "Una versión de manga larga de la blusa de Aguacatenango, con flores que bajan por ambas mangas hasta los puños. Corte holgado, fruncido en el cuello con una jareta.",
    technique: "Hand embroidery (satin and stem stitch)",
    technique_es: "Bordado a mano (punto relleno y punto tallo)",
    material: "Cotton poplin, cotton embroidery thread",
    material_es: "Popelina de algodón, hilo de bordar de algodón",
    weight_grams: 250,
    options: SIZES_SML,
    variants: [
      ["S", 118, 5],
      ["M", 118, 6],
      ["L", 118, 0],
    ],
    share: 0.6,
    art: {
      kind: "textile",
      shape: "blouse",
      motif: "flowers",
      palette: ["#f7f4ee", "#7b2d8b", "#d7263d", "#2e86ab", "#f5b700", "#3c8d2f"],
    },
  }),
  product({
    handle: "blusa-nina-aguacatenango",
    cooperative: "sakil-nichim",
    artisans: ["guadalupe-jimenez-santiz"],
    category: "blouses",
    sku: "AGU-BLU-003",
    title_en: "Girls' Embroidered Blouse",
    title_es: "Blusa bordada para niña",
    description_en:
      "A small blouse for girls with a ring of embroidered daisies around the neck. Soft cotton that gets softer with every wash.",
    description_es:
      "Una blusa pequeña para niña con una corona de margaritas bordadas alrededor del cuello. Algodón suave que se suaviza más con cada lavada.",
    technique: "Hand embroidery",
    technique_es: "Bordado a mano",
    material: "Cotton poplin, cotton embroidery thread",
    material_es: "Popelina de algodón, hilo de bordar de algodón",
    weight_grams: 110,
    options: [{ title: "Size", values: ["4 years", "6 years", "8 years"] }],
    variants: [
      ["4 years", 48, 10, "4Y"],
      ["6 years", 48, 12, "6Y"],
      ["8 years", 48, 7, "8Y"],
    ],
    art: {
      kind: "textile",
      shape: "blouse",
      motif: "flowers",
      palette: ["#fdf8f0", "#f46036", "#f5b700", "#2e86ab", "#e84a8a", "#3c8d2f"],
      images: 1,
    },
  }),
  product({
    handle: "blusa-pieza-unica-aguacatenango",
    cooperative: "sakil-nichim",
    artisans: ["maria-santiz-lopez"],
    category: "blouses",
    sku: "AGU-BLU-004",
    title_en: "Full-Bloom Blouse, One of a Kind",
    title_es: "Blusa «flor completa», pieza única",
    description_en:
      "María embroidered this blouse for the town's flower contest: the whole front and back are covered with sunflowers, lilies and hummingbirds, with barely a thread of white showing. Size M. A single piece.",
    description_es:
      "María bordó esta blusa para el concurso de flores del pueblo: todo el frente y la espalda están cubiertos de girasoles, lirios y colibríes, sin que apenas se vea un hilo de blanco. Talla M. Pieza única.",
    technique: "Hand embroidery (satin and stem stitch)",
    technique_es: "Bordado a mano (punto relleno y punto tallo)",
    material: "Cotton poplin, cotton embroidery thread",
    material_es: "Popelina de algodón, hilo de bordar de algodón",
    weight_grams: 320,
    options: [{ title: "Size", values: ["M"] }],
    variants: [["M", 210, 1]],
    share: 0.64,
    art: {
      kind: "textile",
      shape: "blouse",
      motif: "flowers",
      palette: ["#f5b700", "#d7263d", "#f46036", "#2e86ab", "#7b2d8b", "#3c8d2f"],
    },
  }),
  product({
    handle: "servilleta-tortillas-aguacatenango",
    cooperative: "sakil-nichim",
    artisans: ["guadalupe-jimenez-santiz"],
    category: "table-linen",
    sku: "AGU-LIN-005",
    title_en: "Embroidered Tortilla Napkin",
    title_es: "Servilleta bordada para tortillas",
    description_en:
      "A 50 × 50 cm cotton napkin with flowers embroidered in each corner, made to wrap warm tortillas or bread. Crocheted edge.",
    description_es:
      "Servilleta de manta de 50 × 50 cm con flores bordadas en cada esquina, hecha para envolver tortillas calientes o pan. Orilla tejida a gancho.",
    technique: "Hand embroidery, crochet edging",
    technique_es: "Bordado a mano, orilla tejida a gancho",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 80,
    variants: [["Default", 26, 25]],
    art: { kind: "textile", shape: "napkin", motif: "flowers", palette: P.aguWhite, images: 1 },
  }),
  product({
    handle: "camino-mesa-jardin-aguacatenango",
    cooperative: "sakil-nichim",
    artisans: ["maria-santiz-lopez", "guadalupe-jimenez-santiz"],
    category: "table-runners",
    sku: "AGU-RUN-006",
    title_en: "Embroidered Garden Table Runner",
    title_es: "Camino de mesa bordado «jardín»",
    description_en:
      "A white cotton runner, 160 × 40 cm, with a border of embroidered flowers and vines along both long edges. Hand wash; iron on the reverse.",
    description_es:
      "Camino de mesa de manta blanca de 160 × 40 cm, con una cenefa de flores y enredaderas bordadas a lo largo de ambos lados. Lavar a mano; planchar por el revés.",
    technique: "Hand embroidery",
    technique_es: "Bordado a mano",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 230,
    variants: [["Default", 76, 6]],
    art: { kind: "textile", shape: "runner", motif: "flowers", palette: P.aguWhite },
  }),
  product({
    handle: "bolso-mano-bordado-aguacatenango",
    cooperative: "sakil-nichim",
    artisans: ["guadalupe-jimenez-santiz"],
    category: "bags",
    sku: "AGU-BAG-007",
    title_en: "Embroidered Clutch",
    title_es: "Bolso de mano bordado",
    description_en: "A zipped clutch covered in small embroidered flowers, lined in cotton. Fits a phone, cards and keys.",
    description_es:
      "Un bolso de mano con cierre, cubierto de pequeñas flores bordadas y forrado de algodón. Caben un teléfono, tarjetas y llaves.",
    technique: "Hand embroidery",
    technique_es: "Bordado a mano",
    material: "Cotton, cotton lining, metal zip",
    material_es: "Algodón, forro de algodón, cierre metálico",
    weight_grams: 120,
    options: [{ title: "Colour", values: ["White", "Black"] }],
    variants: [
      ["White", 44, 9],
      ["Black", 44, 13],
    ],
    art: { kind: "bag", shape: "clutch", motif: "flowers", palette: P.aguWhite, images: 1 },
  }),

  // ----- Bats'i K'u'ul (San Andrés Larráinzar) -------------------------------
  product({
    handle: "huipil-rojo-larrainzar",
    cooperative: "batsi-kuul",
    artisans: ["catalina-ruiz-diaz"],
    category: "huipiles",
    sku: "LAR-HUI-001",
    title_en: "Larráinzar Red Brocade Huipil",
    title_es: "Huipil rojo brocado de Larráinzar",
    description_en:
      "The everyday red huipil of San Andrés Larráinzar, woven in three panels with bands of diamonds and frets brocaded in black, green and yellow. Heavy enough to hang beautifully, light enough for warm days.",
    description_es:
      "El huipil rojo de diario de San Andrés Larráinzar, tejido en tres lienzos con franjas de rombos y grecas brocadas en negro, verde y amarillo. Con el peso justo para caer bien y ligero para los días cálidos.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 590,
    options: SIZES_SML,
    variants: [
      ["S", 265, 2],
      ["M", 265, 3],
      ["L", 265, 4],
    ],
    share: 0.62,
    art: { kind: "textile", shape: "huipil", motif: "fret", palette: P.larRed },
  }),
  product({
    handle: "huipil-ceremonial-larrainzar",
    cooperative: "batsi-kuul",
    artisans: ["veronica-diaz-ruiz"],
    category: "huipiles",
    sku: "LAR-HUI-002",
    title_en: "Ceremonial Universe Huipil, One of a Kind",
    title_es: "Huipil ceremonial del universo, pieza única",
    description_en:
      "A ceremonial huipil centred on a large universe diamond, surrounded by smaller diamonds that stand for the days and the corners of the world. Verónica wove it over six months, as she weaves for the women who hold community offices. The only one.",
    description_es:
      "Un huipil ceremonial centrado en un gran rombo del universo, rodeado de rombos más pequeños que representan los días y las esquinas del mundo. Verónica lo tejió durante seis meses, como teje para las mujeres que ocupan cargos en la comunidad. Es el único.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton, wool brocade yarn",
    material_es: "Algodón, hilo de lana para el brocado",
    weight_grams: 820,
    variants: [["Default", 410, 1]],
    share: 0.65,
    art: { kind: "textile", shape: "huipil", motif: "rombo", palette: P.larWhite },
  }),
  product({
    handle: "camino-mesa-larrainzar",
    cooperative: "batsi-kuul",
    artisans: ["catalina-ruiz-diaz"],
    category: "table-runners",
    sku: "LAR-RUN-003",
    title_en: "Red Brocade Table Runner",
    title_es: "Camino de mesa rojo brocado",
    description_en: "A red runner with brocaded blocks of diamonds at each end and a zigzag border. 35 cm wide with knotted fringes.",
    description_es:
      "Camino de mesa rojo con bloques de rombos brocados en cada extremo y una orilla en zigzag. Mide 35 cm de ancho, con flecos anudados.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 290,
    options: [{ title: "Length", values: ["150 cm", "200 cm"] }],
    variants: [
      ["150 cm", 78, 7],
      ["200 cm", 96, 4],
    ],
    art: { kind: "textile", shape: "runner", motif: "rombo", palette: P.larRed },
  }),
  product({
    handle: "cojin-rombo-larrainzar",
    cooperative: "batsi-kuul",
    artisans: ["catalina-ruiz-diaz"],
    category: "cushion-covers",
    sku: "LAR-COJ-004",
    title_en: "Universe Diamond Cushion Cover",
    title_es: "Funda de cojín con rombo del universo",
    description_en: "A single large universe diamond brocaded on a 45 × 45 cm cushion cover. Zip closure; insert not included.",
    description_es:
      "Un solo rombo del universo, grande, brocado sobre una funda de cojín de 45 × 45 cm. Cierre de cremallera; no incluye relleno.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 230,
    options: [{ title: "Colour", values: ["Red", "White"] }],
    variants: [
      ["Red", 49, 12],
      ["White", 49, 8],
    ],
    art: { kind: "textile", shape: "cushion", motif: "rombo", palette: P.larRed, images: 1 },
  }),
  product({
    handle: "bolsa-cruzada-larrainzar",
    cooperative: "batsi-kuul",
    artisans: ["veronica-diaz-ruiz", "catalina-ruiz-diaz"],
    category: "bags",
    sku: "LAR-BAG-005",
    title_en: "Brocade Crossbody Bag",
    title_es: "Bolsa cruzada brocada",
    description_en:
      "A small crossbody bag cut from a brocaded panel left over from huipil weaving, with a woven strap. Magnetic snap and an inside pocket.",
    description_es:
      "Una bolsa cruzada pequeña, cortada de un lienzo brocado sobrante del tejido de huipiles, con correa tejida. Broche magnético y bolsillo interior.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton, cotton lining",
    material_es: "Algodón, forro de algodón",
    weight_grams: 260,
    variants: [["Default", 62, 11]],
    art: { kind: "bag", shape: "crossbody", motif: "fret", palette: P.larRed, images: 1 },
  }),
  product({
    handle: "rebozo-rayas-larrainzar",
    cooperative: "batsi-kuul",
    artisans: ["catalina-ruiz-diaz"],
    category: "rebozos",
    sku: "LAR-REB-006",
    title_en: "Red and White Striped Rebozo",
    title_es: "Rebozo de rayas rojas y blancas",
    description_en:
      "A cotton rebozo in the red and white stripes of Larráinzar, with small brocaded diamonds near the fringes. About 190 × 55 cm.",
    description_es:
      "Un rebozo de algodón con las rayas rojas y blancas de Larráinzar y pequeños rombos brocados cerca de los flecos. Mide aproximadamente 190 × 55 cm.",
    technique: "Backstrap loom weaving, supplementary-weft brocade",
    technique_es: "Tejido en telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 360,
    variants: [["Default", 132, 5]],
    share: 0.6,
    art: { kind: "textile", shape: "rebozo", motif: "stripes", palette: P.larWhite },
  }),

  // ----- Ch'ul Lum (Amatenango del Valle) -----------------------------------
  product({
    handle: "jaguar-barro-amatenango",
    cooperative: "chul-lum",
    artisans: ["juliana-lopez-bolom"],
    category: "pottery",
    sku: "AMA-POT-001",
    title_en: "Amatenango Clay Jaguar",
    title_es: "Jaguar de barro de Amatenango",
    description_en:
      "The jaguar, the best-known figure of Amatenango, modelled by hand and painted with white slip and dark rosettes before an open firing. Heights: S about 15 cm, M 25 cm, L 40 cm. Decorative; keep indoors or under cover.",
    description_es:
      "El jaguar, la figura más conocida de Amatenango, modelado a mano y pintado con engobe blanco y rosetas oscuras antes de cocerse a cielo abierto. Alturas: S unos 15 cm, M 25 cm, L 40 cm. Decorativo; conservar bajo techo.",
    technique: "Hand modelling, slip painting, open firing",
    technique_es: "Modelado a mano, pintura con engobe, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 1400,
    options: SIZES_SML,
    variants: [
      ["S", 28, 24],
      ["M", 48, 12],
      ["L", 86, 5],
    ],
    share: 0.6,
    art: { kind: "pottery", shape: "jaguar", motif: "spots", palette: P.clayWhite },
  }),
  product({
    handle: "jaguar-monumental-amatenango",
    cooperative: "chul-lum",
    artisans: ["juliana-lopez-bolom"],
    category: "pottery",
    sku: "AMA-POT-002",
    title_en: "Large Standing Jaguar, One of a Kind",
    title_es: "Jaguar grande de pie, pieza única",
    description_en:
      "An 80 cm jaguar modelled by Juliana over three weeks and fired under a bonfire of oak wood, which left warm smoke marks along its back. Shipped in a wooden crate. A single piece.",
    description_es:
      "Un jaguar de 80 cm que Juliana modeló durante tres semanas y coció bajo una hoguera de leña de encino, que le dejó cálidas marcas de humo en el lomo. Se envía en caja de madera. Pieza única.",
    technique: "Hand modelling, slip painting, open firing",
    technique_es: "Modelado a mano, pintura con engobe, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 6800,
    variants: [["Default", 240, 1]],
    share: 0.65,
    art: { kind: "pottery", shape: "jaguar", motif: "spots", palette: P.clay },
  }),
  product({
    handle: "paloma-barro-amatenango",
    cooperative: "chul-lum",
    artisans: ["dominga-bolom-gomez"],
    category: "pottery",
    sku: "AMA-POT-003",
    title_en: "Clay Dove",
    title_es: "Paloma de barro",
    description_en:
      "A plump dove about 18 cm long, painted with fine slip lines on the wings and tail. A traditional gift for weddings and new homes in Amatenango.",
    description_es:
      "Una paloma regordeta de unos 18 cm de largo, pintada con finas líneas de engobe en alas y cola. Un regalo tradicional para bodas y casas nuevas en Amatenango.",
    technique: "Hand modelling, slip painting, open firing",
    technique_es: "Modelado a mano, pintura con engobe, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 450,
    options: [{ title: "Colour", values: ["White", "Red clay", "Ochre"] }],
    variants: [
      ["White", 22, 30],
      ["Red clay", 22, 18],
      ["Ochre", 22, 15],
    ],
    share: 0.6,
    art: { kind: "pottery", shape: "dove", motif: "lines", palette: P.clayWhite },
  }),
  product({
    handle: "trio-palomitas-amatenango",
    cooperative: "chul-lum",
    artisans: ["dominga-bolom-gomez"],
    category: "pottery",
    sku: "AMA-POT-004",
    title_en: "Set of Three Small Doves",
    title_es: "Juego de tres palomitas",
    description_en: "Three small doves, 8 to 10 cm long, each painted a little differently. Lovely on a windowsill or a bookshelf.",
    description_es: "Tres palomitas de 8 a 10 cm de largo, cada una pintada un poco distinta. Quedan muy bien en una ventana o un librero.",
    technique: "Hand modelling, slip painting, open firing",
    technique_es: "Modelado a mano, pintura con engobe, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 380,
    variants: [["Default", 36, 20]],
    share: 0.6,
    art: { kind: "pottery", shape: "doves", motif: "dots", palette: P.clay, images: 1 },
  }),
  product({
    handle: "cantaro-amatenango",
    cooperative: "chul-lum",
    artisans: ["micaela-gomez-lopez"],
    category: "pottery",
    sku: "AMA-POT-005",
    title_en: "Open-Fired Water Jar (Cántaro)",
    title_es: "Cántaro cocido a cielo abierto",
    description_en:
      "A round-bellied jar about 35 cm high, built with coils and burnished by hand, with red slip bands and a zigzag around the shoulder. The porous clay keeps water cool by evaporation, though the jar is mostly kept today as a decorative piece.",
    description_es:
      "Un cántaro panzón de unos 35 cm de alto, levantado con rollos y bruñido a mano, con franjas de engobe rojo y un zigzag alrededor del hombro. El barro poroso mantiene fresca el agua por evaporación, aunque hoy se guarda sobre todo como pieza decorativa.",
    technique: "Coil building, burnishing, slip painting, open firing",
    technique_es: "Modelado con rollos, bruñido, pintura con engobe, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 2600,
    variants: [["Default", 64, 6]],
    share: 0.6,
    art: { kind: "pottery", shape: "jar", motif: "zigzag", palette: P.clay },
  }),
  product({
    handle: "maceta-jaguar-amatenango",
    cooperative: "chul-lum",
    artisans: ["micaela-gomez-lopez", "juliana-lopez-bolom"],
    category: "pottery",
    sku: "AMA-POT-006",
    title_en: "Jaguar Planter",
    title_es: "Maceta de jaguar",
    description_en:
      "A planter with a jaguar head modelled on the front and rosettes painted around the body. It has a drainage hole; seal the inside if you use it for indoor plants.",
    description_es:
      "Una maceta con una cabeza de jaguar modelada al frente y rosetas pintadas alrededor. Tiene orificio de drenaje; sella el interior si la usas para plantas de interior.",
    technique: "Coil building, hand modelling, slip painting, open firing",
    technique_es: "Modelado con rollos, modelado a mano, pintura con engobe, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 1500,
    options: [{ title: "Size", values: ["S", "M"] }],
    variants: [
      ["S", 34, 10],
      ["M", 52, 0],
    ],
    share: 0.6,
    art: { kind: "pottery", shape: "planter", motif: "spots", palette: P.clay, images: 1 },
  }),
  product({
    handle: "plato-engobe-amatenango",
    cooperative: "chul-lum",
    artisans: ["micaela-gomez-lopez"],
    category: "pottery",
    sku: "AMA-POT-007",
    title_en: "Slip-Painted Serving Plate",
    title_es: "Plato pintado con engobe",
    description_en:
      "A wide 32 cm plate painted with a flower of leaves radiating from the centre. It is unglazed and low-fired: use it for bread or fruit, or hang it on a wall, but not for liquids.",
    description_es:
      "Un plato amplio de 32 cm pintado con una flor de hojas que salen del centro. No está vidriado y es de baja temperatura: úsalo para pan o fruta, o cuélgalo en la pared, pero no para líquidos.",
    technique: "Hand building, slip painting, open firing",
    technique_es: "Modelado a mano, pintura con engobe, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 1100,
    variants: [["Default", 42, 8]],
    share: 0.6,
    art: { kind: "pottery", shape: "plate", motif: "leaves", palette: P.clayWhite },
  }),
  product({
    handle: "silbato-pajaro-amatenango",
    cooperative: "chul-lum",
    artisans: ["dominga-bolom-gomez"],
    category: "toys",
    sku: "AMA-TOY-008",
    title_en: "Clay Bird Whistle",
    title_es: "Silbato de pájaro de barro",
    description_en:
      "A little bird that whistles when you blow into its tail, a toy children in Amatenango have played with for generations. About 7 cm long.",
    description_es:
      "Un pajarito que silba cuando soplas por la cola, un juguete con el que los niños de Amatenango juegan desde hace generaciones. Mide unos 7 cm de largo.",
    technique: "Hand modelling, open firing",
    technique_es: "Modelado a mano, quema a cielo abierto",
    material: "Local clay, mineral slips",
    material_es: "Barro local, engobes minerales",
    weight_grams: 60,
    variants: [["Default", 18, 40]],
    share: 0.6,
    art: { kind: "toy", shape: "whistle", motif: "dots", palette: P.clay, images: 1 },
  }),

  // ----- K'anal Pom (Simojovel) ----------------------------------------------
  product({
    handle: "dije-gota-ambar",
    cooperative: "kanal-pom",
    artisans: ["antonia-ruiz-lopez"],
    category: "jewelry",
    sku: "SIM-JOY-001",
    title_en: "Amber Teardrop Pendant",
    title_es: "Dije de gota de ámbar",
    description_en:
      "A teardrop of Simojovel amber, about 3 cm long, polished by hand and hung from a sterling silver bail on a 45 cm silver chain. Cherry and green amber are rarer than honey amber, hence the price.",
    description_es:
      "Una gota de ámbar de Simojovel de unos 3 cm, pulida a mano y colgada de un asa de plata de ley en una cadena de plata de 45 cm. El ámbar cereza y el verde son más raros que el miel, de ahí su precio.",
    technique: "Hand cutting and polishing, silver setting",
    technique_es: "Corte y pulido a mano, engaste en plata",
    material: "Chiapas amber, sterling silver .925",
    material_es: "Ámbar de Chiapas, plata ley .925",
    weight_grams: 12,
    options: [{ title: "Colour", values: ["Honey", "Cherry", "Green"] }],
    variants: [
      ["Honey", 48, 15],
      ["Cherry", 62, 6],
      ["Green", 62, 2],
    ],
    share: 0.5,
    art: { kind: "amber", shape: "pendant", motif: "clear", palette: P.amberHoney },
  }),
  product({
    handle: "aretes-gota-ambar",
    cooperative: "kanal-pom",
    artisans: ["antonia-ruiz-lopez"],
    category: "jewelry",
    sku: "SIM-JOY-002",
    title_en: "Amber Drop Earrings",
    title_es: "Aretes de gota de ámbar",
    description_en: "A matched pair of small amber drops on sterling silver hooks. Light enough to wear all day.",
    description_es: "Un par de pequeñas gotas de ámbar en ganchos de plata de ley. Tan ligeros que se pueden usar todo el día.",
    technique: "Hand cutting and polishing, silver setting",
    technique_es: "Corte y pulido a mano, engaste en plata",
    material: "Chiapas amber, sterling silver .925",
    material_es: "Ámbar de Chiapas, plata ley .925",
    weight_grams: 6,
    options: [{ title: "Colour", values: ["Honey", "Cognac"] }],
    variants: [
      ["Honey", 46, 12],
      ["Cognac", 46, 9],
    ],
    share: 0.5,
    art: { kind: "amber", shape: "earrings", motif: "clear", palette: P.amberHoney, images: 1 },
  }),
  product({
    handle: "pulsera-cuentas-ambar",
    cooperative: "kanal-pom",
    artisans: ["sebastian-gomez-ruiz", "antonia-ruiz-lopez"],
    category: "jewelry",
    sku: "SIM-JOY-003",
    title_en: "Polished Amber Bead Bracelet",
    title_es: "Pulsera de cuentas de ámbar pulido",
    description_en:
      "Irregular amber beads in mixed honey and cognac tones, strung on strong elastic cord. Each bracelet is slightly different.",
    description_es:
      "Cuentas irregulares de ámbar en tonos miel y coñac, ensartadas en cordón elástico resistente. Cada pulsera es un poco diferente.",
    technique: "Hand cutting, drilling and polishing",
    technique_es: "Corte, perforado y pulido a mano",
    material: "Chiapas amber, elastic cord",
    material_es: "Ámbar de Chiapas, cordón elástico",
    weight_grams: 14,
    variants: [["Default", 34, 22]],
    share: 0.5,
    art: { kind: "amber", shape: "bracelet", motif: "clear", palette: P.amberHoney, images: 1 },
  }),
  product({
    handle: "collar-cuentas-ambar",
    cooperative: "kanal-pom",
    artisans: ["sebastian-gomez-ruiz"],
    category: "jewelry",
    sku: "SIM-JOY-004",
    title_en: "Graduated Amber Bead Necklace",
    title_es: "Collar de cuentas de ámbar graduadas",
    description_en:
      "A 50 cm necklace of hand-polished amber beads that grow larger towards the centre, knotted between each bead on silk thread, with a silver clasp.",
    description_es:
      "Un collar de 50 cm de cuentas de ámbar pulidas a mano que crecen hacia el centro, anudadas una por una en hilo de seda, con broche de plata.",
    technique: "Hand cutting, drilling and polishing, knotting",
    technique_es: "Corte, perforado y pulido a mano, anudado",
    material: "Chiapas amber, silk thread, sterling silver .925",
    material_es: "Ámbar de Chiapas, hilo de seda, plata ley .925",
    weight_grams: 28,
    variants: [["Default", 78, 7]],
    share: 0.5,
    art: { kind: "amber", shape: "necklace", motif: "clear", palette: P.amberCherry },
  }),
  product({
    handle: "anillo-ambar-plata",
    cooperative: "kanal-pom",
    artisans: ["antonia-ruiz-lopez"],
    category: "jewelry",
    sku: "SIM-JOY-005",
    title_en: "Amber and Silver Ring",
    title_es: "Anillo de ámbar y plata",
    description_en: "An oval amber cabochon set in a simple sterling silver band. Sizes are US ring sizes.",
    description_es: "Un cabujón oval de ámbar montado en un aro sencillo de plata de ley. Las tallas son medidas de anillo de EE. UU.",
    technique: "Hand cutting and polishing, silver setting",
    technique_es: "Corte y pulido a mano, engaste en plata",
    material: "Chiapas amber, sterling silver .925",
    material_es: "Ámbar de Chiapas, plata ley .925",
    weight_grams: 8,
    options: [{ title: "Ring size (US)", values: ["6", "7", "8"] }],
    variants: [
      ["6", 42, 5],
      ["7", 42, 0],
      ["8", 42, 3],
    ],
    share: 0.5,
    art: { kind: "amber", shape: "ring", motif: "clear", palette: P.amberHoney, images: 1 },
  }),
  product({
    handle: "corazon-ambar-tallado",
    cooperative: "kanal-pom",
    artisans: ["miguel-hernandez-gomez"],
    category: "jewelry",
    sku: "SIM-JOY-006",
    title_en: "Hand-Carved Amber Heart",
    title_es: "Corazón de ámbar tallado a mano",
    description_en:
      "A small heart carved by Miguel from a single piece of honey amber, drilled to hang on a cord or chain (cord included).",
    description_es:
      "Un pequeño corazón que Miguel talló de una sola pieza de ámbar miel, perforado para colgarse de un cordón o cadena (incluye cordón).",
    technique: "Hand carving and polishing",
    technique_es: "Tallado y pulido a mano",
    material: "Chiapas amber, waxed cotton cord",
    material_es: "Ámbar de Chiapas, cordón de algodón encerado",
    weight_grams: 7,
    variants: [["Default", 38, 10]],
    share: 0.5,
    art: { kind: "amber", shape: "heart", motif: "bubbles", palette: P.amberCherry, images: 1 },
  }),
  product({
    handle: "dije-ambar-insecto",
    cooperative: "kanal-pom",
    artisans: ["miguel-hernandez-gomez", "antonia-ruiz-lopez"],
    category: "jewelry",
    sku: "SIM-JOY-007",
    title_en: "Amber Pendant with Insect Inclusion, One of a Kind",
    title_es: "Dije de ámbar con insecto, pieza única",
    description_en:
      "A clear honey-coloured amber with a tiny winged insect caught in the resin millions of years ago, visible against the light. Polished to keep the inclusion in view and set in silver. Only one exists.",
    description_es:
      "Un ámbar miel transparente con un diminuto insecto alado atrapado en la resina hace millones de años, visible a contraluz. Pulido para dejar la inclusión a la vista y montado en plata. Solo existe uno.",
    technique: "Hand cutting and polishing, silver setting",
    technique_es: "Corte y pulido a mano, engaste en plata",
    material: "Chiapas amber with fossil inclusion, sterling silver .925",
    material_es: "Ámbar de Chiapas con inclusión fósil, plata ley .925",
    weight_grams: 10,
    variants: [["Default", 165, 1]],
    share: 0.55,
    art: { kind: "amber", shape: "inclusion", motif: "insect", palette: P.amberHoney },
  }),
  product({
    handle: "dije-mazorca-ambar",
    cooperative: "kanal-pom",
    artisans: ["sebastian-gomez-ruiz"],
    category: "jewelry",
    sku: "SIM-JOY-008",
    title_en: "Carved Amber Maize Pendant, One of a Kind",
    title_es: "Dije de mazorca de ámbar tallado, pieza única",
    description_en:
      "A maize cob carved grain by grain from a single piece of green-tinted amber, 5 cm long, on a silver bail. Sebastián kept this rough stone for two years before deciding what to carve.",
    description_es:
      "Una mazorca tallada grano por grano en una sola pieza de ámbar de reflejos verdes, de 5 cm, con asa de plata. Sebastián guardó esta piedra en bruto dos años antes de decidir qué tallar.",
    technique: "Hand carving and polishing, silver setting",
    technique_es: "Tallado y pulido a mano, engaste en plata",
    material: "Chiapas amber, sterling silver .925",
    material_es: "Ámbar de Chiapas, plata ley .925",
    weight_grams: 15,
    variants: [["Default", 185, 1]],
    share: 0.55,
    art: { kind: "amber", shape: "maize", motif: "clear", palette: P.amberGreen },
  }),

  // ----- Jícara Florida (Chiapa de Corzo) ------------------------------------
  product({
    handle: "jicara-laca-florida",
    cooperative: "jicara-florida",
    artisans: ["rosa-maria-nucamendi-aguilar"],
    category: "lacquerware",
    sku: "CHI-LAC-001",
    title_en: "Lacquered Flower Jícara Bowl",
    title_es: "Jícara de laca florida",
    description_en:
      "A bowl made from the fruit of the jícaro tree, lacquered by hand with chia oil and mineral powders and painted with roses and leaves. About 18 cm across. For dry things such as fruit, keys or bread; wipe clean with a dry cloth.",
    description_es:
      "Una jícara hecha del fruto del árbol de jícaro, laqueada a mano con aceite de chía y polvos minerales y pintada con rosas y hojas. Mide unos 18 cm de diámetro. Para cosas secas como fruta, llaves o pan; limpiar con un paño seco.",
    technique: "Laca (hand-rubbed lacquer), brush painting",
    technique_es: "Laca (maque frotado a mano), pintura a pincel",
    material: "Gourd, chia-oil lacquer, mineral pigments",
    material_es: "Jícara, laca de aceite de chía, pigmentos minerales",
    weight_grams: 180,
    options: [{ title: "Colour", values: ["Black", "Red"] }],
    variants: [
      ["Black", 58, 10],
      ["Red", 58, 8],
    ],
    art: { kind: "lacquer", shape: "bowl", motif: "flowers", palette: P.laqBlack },
  }),
  product({
    handle: "juego-jicaras-laca",
    cooperative: "jicara-florida",
    artisans: ["rosa-maria-nucamendi-aguilar", "leticia-grajales-nucamendi"],
    category: "lacquerware",
    sku: "CHI-LAC-002",
    title_en: "Set of Three Nesting Jícaras",
    title_es: "Juego de tres jícaras anidadas",
    description_en:
      "Three lacquered gourd bowls of 10, 14 and 18 cm that fit inside each other, each painted with a different flower. A classic Chiapa de Corzo wedding gift.",
    description_es:
      "Tres jícaras laqueadas de 10, 14 y 18 cm que caben una dentro de otra, cada una pintada con una flor distinta. Un regalo de boda clásico de Chiapa de Corzo.",
    technique: "Laca (hand-rubbed lacquer), brush painting",
    technique_es: "Laca (maque frotado a mano), pintura a pincel",
    material: "Gourd, chia-oil lacquer, mineral pigments",
    material_es: "Jícara, laca de aceite de chía, pigmentos minerales",
    weight_grams: 380,
    variants: [["Default", 72, 6]],
    art: { kind: "lacquer", shape: "bowls", motif: "flowers", palette: P.laqRed, images: 1 },
  }),
  product({
    handle: "batea-laca-chiapa",
    cooperative: "jicara-florida",
    artisans: ["rosa-maria-nucamendi-aguilar"],
    category: "lacquerware",
    sku: "CHI-LAC-003",
    title_en: "Lacquered Batea Tray",
    title_es: "Batea de laca",
    description_en:
      "A round carved-wood tray lacquered black and painted in the centre with a bouquet of flowers and birds, in the style of the old bateas used in the Fiesta Grande. Decorative, or for serving dry food.",
    description_es:
      "Una batea redonda de madera tallada, laqueada en negro y pintada al centro con un ramo de flores y aves, al estilo de las antiguas bateas de la Fiesta Grande. Decorativa, o para servir alimentos secos.",
    technique: "Wood carving, laca (hand-rubbed lacquer), brush painting",
    technique_es: "Talla en madera, laca (maque frotado a mano), pintura a pincel",
    material: "Cedar wood, chia-oil lacquer, mineral pigments",
    material_es: "Madera de cedro, laca de aceite de chía, pigmentos minerales",
    weight_grams: 900,
    options: [{ title: "Diameter", values: ["40 cm", "55 cm"] }],
    variants: [
      ["40 cm", 96, 4],
      ["55 cm", 138, 2],
    ],
    share: 0.58,
    art: { kind: "lacquer", shape: "tray", motif: "flowers", palette: P.laqBlack },
  }),
  product({
    handle: "baul-laca-chiapa",
    cooperative: "jicara-florida",
    artisans: ["rosa-maria-nucamendi-aguilar", "jorge-castillo-grajales"],
    category: "lacquerware",
    sku: "CHI-LAC-004",
    title_en: "Lacquered Keepsake Chest",
    title_es: "Baúl de laca",
    description_en:
      "A small cedar chest, 30 × 18 × 16 cm, lacquered red inside and black outside and painted with flowers on every side. Brass hinges and clasp.",
    description_es:
      "Un baúl pequeño de cedro de 30 × 18 × 16 cm, laqueado en rojo por dentro y negro por fuera, con flores pintadas en cada lado. Bisagras y broche de latón.",
    technique: "Carpentry, laca (hand-rubbed lacquer), brush painting",
    technique_es: "Carpintería, laca (maque frotado a mano), pintura a pincel",
    material: "Cedar wood, chia-oil lacquer, mineral pigments, brass",
    material_es: "Madera de cedro, laca de aceite de chía, pigmentos minerales, latón",
    weight_grams: 1600,
    variants: [["Default", 135, 3]],
    share: 0.58,
    art: { kind: "lacquer", shape: "chest", motif: "flowers", palette: P.laqBlack },
  }),
  product({
    handle: "mascara-parachico-cedro",
    cooperative: "jicara-florida",
    artisans: ["jorge-castillo-grajales"],
    category: "carvings",
    sku: "CHI-CAR-005",
    title_en: "Parachico Mask in Carved Cedar, One of a Kind",
    title_es: "Máscara de parachico en cedro tallado, pieza única",
    description_en:
      "The smiling, fair-skinned mask of the parachicos, the dancers of Chiapa de Corzo's Fiesta Grande, carved by Jorge in cedar, lacquered and fitted with glass eyes. The headdress of ixtle fibre is tied on by hand. A single piece, signed on the back.",
    description_es:
      "La máscara sonriente y de tez clara de los parachicos, danzantes de la Fiesta Grande de Chiapa de Corzo, tallada por Jorge en cedro, laqueada y con ojos de vidrio. La montera de ixtle va amarrada a mano. Pieza única, firmada al reverso.",
    technique: "Wood carving, lacquer, hand finishing",
    technique_es: "Talla en madera, laca, acabado a mano",
    material: "Cedar wood, lacquer, glass eyes, ixtle fibre",
    material_es: "Madera de cedro, laca, ojos de vidrio, fibra de ixtle",
    weight_grams: 650,
    variants: [["Default", 320, 1]],
    share: 0.65,
    art: { kind: "wood", shape: "mask", motif: "mask", palette: ["#f2e3cf", "#e8b98f", "#2a6fb0", "#f2c12e", "#3b2516", "#b3171f"] },
  }),
  product({
    handle: "jicara-tallada-aves",
    cooperative: "jicara-florida",
    artisans: ["leticia-grajales-nucamendi"],
    category: "carvings",
    sku: "CHI-CAR-006",
    title_en: "Carved Gourd with Birds, One of a Kind",
    title_es: "Jícara tallada con aves, pieza única",
    description_en:
      "A whole dried gourd carved by Leticia with birds among vines, the dark outer skin cut away to reveal the pale shell below. About 20 cm across. The only one of its design.",
    description_es:
      "Una jícara entera seca que Leticia talló con aves entre enredaderas, retirando la piel oscura para descubrir la cáscara clara de abajo. Mide unos 20 cm de diámetro. La única con este diseño.",
    technique: "Gourd carving",
    technique_es: "Talla de jícara",
    material: "Dried gourd",
    material_es: "Jícara seca",
    weight_grams: 260,
    variants: [["Default", 88, 1]],
    share: 0.62,
    art: { kind: "wood", shape: "gourd", motif: "birds", palette: P.gourd },
  }),
  product({
    handle: "maracas-laca-chiapa",
    cooperative: "jicara-florida",
    artisans: ["leticia-grajales-nucamendi"],
    category: "toys",
    sku: "CHI-TOY-007",
    title_en: "Lacquered Gourd Maracas (Pair)",
    title_es: "Maracas de jícara laqueadas (par)",
    description_en:
      "A pair of small gourd maracas filled with seeds, lacquered and painted with flowers. Made for children but loud enough for the marimba.",
    description_es:
      "Un par de maracas pequeñas de jícara rellenas de semillas, laqueadas y pintadas con flores. Hechas para niños, pero con sonido suficiente para acompañar la marimba.",
    technique: "Laca (hand-rubbed lacquer), brush painting",
    technique_es: "Laca (maque frotado a mano), pintura a pincel",
    material: "Gourd, wood handles, seeds, lacquer",
    material_es: "Jícara, mangos de madera, semillas, laca",
    weight_grams: 220,
    variants: [["Default", 24, 26]],
    art: { kind: "toy", shape: "maracas", motif: "flowers", palette: P.laqRed, images: 1 },
  }),

  // ----- Sbek' Ixim (San Bartolomé de los Llanos) ---------------------------
  product({
    handle: "mantel-brocado-carranza",
    cooperative: "sbek-ixim",
    artisans: ["margarita-lopez-velasco", "angelina-velasco-hernandez"],
    category: "table-linen",
    sku: "VCA-LIN-001",
    title_en: "Brocade Tablecloth",
    title_es: "Mantel brocado",
    description_en:
      "A heavy white tablecloth of two backstrap-woven panels joined by hand, with rows of birds and stars brocaded in red. The 6-seat size is about 150 × 150 cm, the 8-seat 150 × 220 cm.",
    description_es:
      "Un mantel blanco y grueso de dos lienzos tejidos en telar de cintura y unidos a mano, con hileras de aves y estrellas brocadas en rojo. El de 6 puestos mide unos 150 × 150 cm y el de 8, 150 × 220 cm.",
    technique: "Backstrap loom, supplementary-weft brocade, hand joining",
    technique_es: "Telar de cintura, brocado de trama suplementaria, unión de lienzos a mano",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 1400,
    options: [{ title: "Seats", values: ["6 seats", "8 seats"] }],
    variants: [
      ["6 seats", 210, 3, "6P"],
      ["8 seats", 285, 2, "8P"],
    ],
    share: 0.62,
    art: { kind: "textile", shape: "tablecloth", motif: "birds", palette: P.carranza },
  }),
  product({
    handle: "camino-mesa-aves-carranza",
    cooperative: "sbek-ixim",
    artisans: ["angelina-velasco-hernandez"],
    category: "table-runners",
    sku: "VCA-RUN-002",
    title_en: "Birds and Stars Table Runner",
    title_es: "Camino de mesa de aves y estrellas",
    description_en:
      "A 170 × 38 cm runner brocaded with the birds and eight-pointed stars of San Bartolomé. Available red on white or white on red.",
    description_es:
      "Camino de mesa de 170 × 38 cm brocado con las aves y estrellas de ocho puntas de San Bartolomé. Disponible en rojo sobre blanco o blanco sobre rojo.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 320,
    options: [{ title: "Colour", values: ["Red on white", "White on red"] }],
    variants: [
      ["Red on white", 68, 10],
      ["White on red", 68, 7],
    ],
    art: { kind: "textile", shape: "runner", motif: "birds", palette: P.carranzaRed },
  }),
  product({
    handle: "manteles-individuales-carranza",
    cooperative: "sbek-ixim",
    artisans: ["angelina-velasco-hernandez"],
    category: "table-linen",
    sku: "VCA-LIN-003",
    title_en: "Woven Placemats",
    title_es: "Manteles individuales tejidos",
    description_en:
      "Placemats of 45 × 32 cm with a brocaded star at one end and a narrow red border. Thick enough to protect the table from hot dishes.",
    description_es:
      "Manteles individuales de 45 × 32 cm con una estrella brocada en un extremo y una orilla roja angosta. Lo bastante gruesos para proteger la mesa de los platos calientes.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 420,
    options: [{ title: "Set", values: ["Set of 4", "Set of 6"] }],
    variants: [
      ["Set of 4", 62, 8],
      ["Set of 6", 88, 5],
    ],
    art: { kind: "textile", shape: "placemat", motif: "star", palette: P.carranza, images: 1 },
  }),
  product({
    handle: "servilletas-brocadas-carranza",
    cooperative: "sbek-ixim",
    artisans: ["sara-hernandez-lopez"],
    category: "table-linen",
    sku: "VCA-LIN-004",
    title_en: "Brocade Napkins, Set of 4",
    title_es: "Servilletas brocadas, juego de 4",
    description_en: "Four 40 × 40 cm napkins of hand-spun and woven cotton, each with a small brocaded bird in one corner.",
    description_es: "Cuatro servilletas de 40 × 40 cm de algodón hilado y tejido a mano, cada una con un pajarito brocado en una esquina.",
    technique: "Hand spinning, backstrap loom, supplementary-weft brocade",
    technique_es: "Hilado a mano, telar de cintura, brocado de trama suplementaria",
    material: "Hand-spun cotton",
    material_es: "Algodón hilado a mano",
    weight_grams: 240,
    variants: [["Default", 44, 12]],
    art: { kind: "textile", shape: "napkin", motif: "birds", palette: P.carranza, images: 1 },
  }),
  product({
    handle: "bolsa-mercado-carranza",
    cooperative: "sbek-ixim",
    artisans: ["sara-hernandez-lopez"],
    category: "bags",
    sku: "VCA-BAG-005",
    title_en: "Cotton Market Tote",
    title_es: "Bolsa de mercado de algodón",
    description_en:
      "A roomy tote sewn from sturdy backstrap-woven cotton with a brocaded band across the front. Strong handles for carrying fruit and vegetables home from the market.",
    description_es:
      "Una bolsa amplia cosida con algodón resistente tejido en telar de cintura, con una franja brocada al frente. Asas fuertes para cargar fruta y verdura del mercado.",
    technique: "Backstrap loom, supplementary-weft brocade, hand sewing",
    technique_es: "Telar de cintura, brocado de trama suplementaria, costura a mano",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 360,
    variants: [["Default", 42, 18]],
    art: { kind: "bag", shape: "tote", motif: "star", palette: P.carranza },
  }),
  product({
    handle: "huipil-san-bartolome",
    cooperative: "sbek-ixim",
    artisans: ["margarita-lopez-velasco"],
    category: "huipiles",
    sku: "VCA-HUI-006",
    title_en: "San Bartolomé Huipil",
    title_es: "Huipil de San Bartolomé",
    description_en:
      "A white cotton huipil with a broad band of red brocade across the chest and shoulders, showing the birds and maize plants of San Bartolomé. One size, loose fit.",
    description_es:
      "Un huipil de algodón blanco con una amplia franja de brocado rojo en el pecho y los hombros, con las aves y plantas de maíz de San Bartolomé. Talla única, corte holgado.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 480,
    options: [{ title: "Size", values: ["Unique"] }],
    variants: [["Unique", 186, 5]],
    share: 0.62,
    art: { kind: "textile", shape: "huipil", motif: "maize", palette: P.carranza },
  }),

  // ----- Kanan K'aax (Lacanjá Chansayab) -------------------------------------
  product({
    handle: "arco-flechas-lacandon",
    cooperative: "kanan-kaax",
    artisans: ["chan-kin-paniagua-chambor"],
    category: "toys",
    sku: "LAC-TOY-001",
    title_en: "Lacandón Toy Bow and Arrows",
    title_es: "Arco y flechas lacandones de juguete",
    description_en:
      "A child-sized hardwood bow with three cane arrows, feathered like the hunting arrows of the Lacandón Maya but with soft, blunt tips. About 90 cm long. Recommended for ages 8 and up, with adult supervision.",
    description_es:
      "Un arco de madera dura a la medida de un niño, con tres flechas de carrizo emplumadas como las flechas de caza de los lacandones, pero con puntas romas y suaves. Mide unos 90 cm. Recomendado a partir de 8 años, con supervisión de un adulto.",
    technique: "Wood carving, cane and feather fletching",
    technique_es: "Talla en madera, emplumado con carrizo y plumas",
    material: "Hardwood, cane, shed feathers, cotton cord",
    material_es: "Madera dura, carrizo, plumas de muda, cordón de algodón",
    weight_grams: 300,
    variants: [["Default", 32, 15]],
    share: 0.6,
    art: { kind: "toy", shape: "bow", motif: "feathers", palette: P.wood },
  }),
  product({
    handle: "jaguar-madera-lacandon",
    cooperative: "kanan-kaax",
    artisans: ["kayum-chambor-garcia"],
    category: "carvings",
    sku: "LAC-CAR-002",
    title_en: "Carved Wooden Jaguar",
    title_es: "Jaguar de madera tallada",
    description_en:
      "A jaguar carved from a fallen cedar branch, its spots burned in with a heated wire. S is about 12 cm long, M about 22 cm.",
    description_es:
      "Un jaguar tallado en una rama caída de cedro, con las manchas quemadas con un alambre caliente. La S mide unos 12 cm de largo y la M unos 22 cm.",
    technique: "Wood carving, pyrography",
    technique_es: "Talla en madera, pirograbado",
    material: "Fallen cedar wood, beeswax finish",
    material_es: "Madera de cedro caído, acabado con cera de abeja",
    weight_grams: 280,
    options: [{ title: "Size", values: ["S", "M"] }],
    variants: [
      ["S", 36, 9],
      ["M", 58, 4],
    ],
    share: 0.6,
    art: { kind: "wood", shape: "jaguar", motif: "spots", palette: P.wood },
  }),
  product({
    handle: "tucan-madera-lacandon",
    cooperative: "kanan-kaax",
    artisans: ["kayum-chambor-garcia"],
    category: "carvings",
    sku: "LAC-CAR-003",
    title_en: "Carved Toucan on a Branch",
    title_es: "Tucán tallado sobre rama",
    description_en:
      "A keel-billed toucan carved from fallen mahogany and painted with natural pigments, perched on a piece of its own branch. About 20 cm tall.",
    description_es:
      "Un tucán de pico multicolor tallado en caoba caída y pintado con pigmentos naturales, posado sobre un trozo de su propia rama. Mide unos 20 cm de alto.",
    technique: "Wood carving, natural pigment painting",
    technique_es: "Talla en madera, pintura con pigmentos naturales",
    material: "Fallen mahogany wood, natural pigments",
    material_es: "Madera de caoba caída, pigmentos naturales",
    weight_grams: 340,
    variants: [["Default", 44, 7]],
    share: 0.6,
    art: { kind: "wood", shape: "toucan", motif: "plain", palette: ["#e4ecd9", "#1c1a18", "#f2c12e", "#3f8f4a", "#e8772e", "#4b2e1a"] },
  }),
  product({
    handle: "collar-semillas-lacandon",
    cooperative: "kanan-kaax",
    artisans: ["koh-garcia-paniagua"],
    category: "jewelry",
    sku: "LAC-JOY-004",
    title_en: "Forest Seed Necklace",
    title_es: "Collar de semillas de la selva",
    description_en:
      "A long necklace of seeds gathered from the forest floor, strung on hand-twisted cotton thread. The seeds are naturally coloured; nothing is painted.",
    description_es:
      "Un collar largo de semillas recogidas del suelo de la selva, ensartadas en hilo de algodón torcido a mano. Las semillas tienen su color natural; nada está pintado.",
    technique: "Seed drilling and stringing",
    technique_es: "Perforado y ensartado de semillas",
    material: "Forest seeds, cotton thread",
    material_es: "Semillas silvestres, hilo de algodón",
    weight_grams: 40,
    options: [{ title: "Colour", values: ["Red and black", "Natural"] }],
    variants: [
      ["Red and black", 26, 20],
      ["Natural", 26, 14],
    ],
    share: 0.6,
    art: { kind: "seeds", shape: "necklace", motif: "seeds", palette: P.seeds },
  }),
  product({
    handle: "aretes-semillas-lacandon",
    cooperative: "kanan-kaax",
    artisans: ["koh-garcia-paniagua"],
    category: "jewelry",
    sku: "LAC-JOY-005",
    title_en: "Seed Drop Earrings",
    title_es: "Aretes de semillas",
    description_en: "Light earrings of small grey and red seeds on nickel-free hooks.",
    description_es: "Aretes ligeros de pequeñas semillas grises y rojas en ganchos libres de níquel.",
    technique: "Seed drilling and stringing",
    technique_es: "Perforado y ensartado de semillas",
    material: "Forest seeds, nickel-free hooks",
    material_es: "Semillas silvestres, ganchos sin níquel",
    weight_grams: 6,
    variants: [["Default", 18, 25]],
    share: 0.6,
    art: { kind: "seeds", shape: "earrings", motif: "seeds", palette: P.seeds, images: 1 },
  }),
  product({
    handle: "cayuco-juguete-lacandon",
    cooperative: "kanan-kaax",
    artisans: ["kayum-chambor-garcia"],
    category: "toys",
    sku: "LAC-TOY-006",
    title_en: "Toy Dugout Canoe (Cayuco)",
    title_es: "Cayuco de juguete",
    description_en:
      "A little dugout canoe with two paddles, carved like the cayucos used on Lake Lacanjá. It floats, so it can go in the bath.",
    description_es:
      "Un pequeño cayuco con dos remos, tallado como los que se usan en la laguna de Lacanjá. Flota, así que puede ir a la bañera.",
    technique: "Wood carving",
    technique_es: "Talla en madera",
    material: "Fallen cedar wood, beeswax finish",
    material_es: "Madera de cedro caído, acabado con cera de abeja",
    weight_grams: 180,
    variants: [["Default", 29, 8]],
    share: 0.6,
    art: { kind: "toy", shape: "canoe", motif: "plain", palette: P.wood, images: 1 },
  }),
  product({
    handle: "jaguar-cedro-pieza-unica",
    cooperative: "kanan-kaax",
    artisans: ["kayum-chambor-garcia"],
    category: "carvings",
    sku: "LAC-CAR-007",
    title_en: "Large Jaguar in Fallen Cedar, One of a Kind",
    title_es: "Jaguar grande de cedro caído, pieza única",
    description_en:
      "A 60 cm jaguar that Kayum carved from a cedar trunk felled by a storm near the Lacanjá river, following the curve of the wood. Burned rosettes, beeswax finish. A single piece.",
    description_es:
      "Un jaguar de 60 cm que Kayum talló en un tronco de cedro derribado por una tormenta cerca del río Lacanjá, siguiendo la curva de la madera. Rosetas quemadas, acabado de cera de abeja. Pieza única.",
    technique: "Wood carving, pyrography",
    technique_es: "Talla en madera, pirograbado",
    material: "Fallen cedar wood, beeswax finish",
    material_es: "Madera de cedro caído, acabado con cera de abeja",
    weight_grams: 3900,
    variants: [["Default", 260, 1]],
    share: 0.65,
    art: { kind: "wood", shape: "jaguar", motif: "spots", palette: ["#e8e0cf", "#8a5a32", "#3b2414", "#c79a6a", "#a9322a"] },
  }),

  // ----- Tsobol Jalbil (Magdalenas, Aldama) ----------------------------------
  product({
    handle: "huipil-ceremonial-magdalenas",
    cooperative: "tsobol-jalbil",
    artisans: ["magdalena-ruiz-perez"],
    category: "huipiles",
    sku: "MAG-HUI-001",
    title_en: "Magdalenas Ceremonial Huipil, One of a Kind",
    title_es: "Huipil ceremonial de Magdalenas, pieza única",
    description_en:
      "A ceremonial huipil brocaded almost edge to edge in red, with bands of the universe diamond, the saint and the flowering tree in yellow, green and blue. Magdalena wove it over seven months on a loom tied to the post of her kitchen. The only one.",
    description_es:
      "Un huipil ceremonial brocado casi de orilla a orilla en rojo, con franjas del rombo del universo, el santo y el árbol florido en amarillo, verde y azul. Magdalena lo tejió durante siete meses en un telar amarrado al poste de su cocina. Es el único.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton, wool brocade yarn",
    material_es: "Algodón, hilo de lana para el brocado",
    weight_grams: 900,
    variants: [["Default", 420, 1]],
    share: 0.65,
    art: { kind: "textile", shape: "huipil", motif: "rombo", palette: P.magRed },
  }),
  product({
    handle: "huipil-brocado-magdalenas",
    cooperative: "tsobol-jalbil",
    artisans: ["lorenza-perez-diaz"],
    category: "huipiles",
    sku: "MAG-HUI-002",
    title_en: "Magdalenas Red Brocade Huipil",
    title_es: "Huipil rojo brocado de Magdalenas",
    description_en:
      "An everyday huipil of Magdalenas with dense red brocade on the chest and shoulders and rows of small diamonds down the front. Lorenza's touches of bright yellow and green make it easy to recognise.",
    description_es:
      "Un huipil de diario de Magdalenas, con brocado rojo denso en pecho y hombros e hileras de pequeños rombos al frente. Los toques de amarillo y verde vivos de Lorenza lo hacen fácil de reconocer.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 620,
    options: SIZES_SML,
    variants: [
      ["S", 235, 2],
      ["M", 235, 3],
      ["L", 235, 0],
    ],
    share: 0.62,
    art: { kind: "textile", shape: "huipil", motif: "star", palette: P.magRed },
  }),
  product({
    handle: "cojin-arbol-florido-magdalenas",
    cooperative: "tsobol-jalbil",
    artisans: ["lorenza-perez-diaz"],
    category: "cushion-covers",
    sku: "MAG-COJ-003",
    title_en: "Flowering Tree Cushion Cover",
    title_es: "Funda de cojín del árbol florido",
    description_en: "The flowering tree of Magdalenas brocaded in red, yellow and green on a 45 × 45 cm cushion cover. Zip closure.",
    description_es:
      "El árbol florido de Magdalenas brocado en rojo, amarillo y verde sobre una funda de cojín de 45 × 45 cm. Cierre de cremallera.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 240,
    variants: [["Default", 56, 8]],
    art: { kind: "textile", shape: "cushion", motif: "maize", palette: P.magRed, images: 1 },
  }),
  product({
    handle: "cinturon-brocado-magdalenas",
    cooperative: "tsobol-jalbil",
    artisans: ["ana-diaz-ruiz"],
    category: "belts",
    sku: "MAG-BEL-004",
    title_en: "Brocade Belt",
    title_es: "Cinturón brocado",
    description_en:
      "A 4 cm brocade band woven on a small backstrap loom, lined with leather and finished with a brass buckle. Fits waists from 70 to 100 cm.",
    description_es:
      "Una banda brocada de 4 cm tejida en un telar de cintura pequeño, forrada de piel y rematada con hebilla de latón. Ajusta cinturas de 70 a 100 cm.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton, leather, brass",
    material_es: "Algodón, piel, latón",
    weight_grams: 130,
    options: [{ title: "Colour", values: ["Red", "Black"] }],
    variants: [
      ["Red", 30, 14],
      ["Black", 30, 11],
    ],
    art: { kind: "textile", shape: "belt", motif: "rombo", palette: P.magBlack, images: 1 },
  }),
  product({
    handle: "bolsa-brocada-magdalenas",
    cooperative: "tsobol-jalbil",
    artisans: ["ana-diaz-ruiz"],
    category: "bags",
    sku: "MAG-BAG-005",
    title_en: "Brocade Shoulder Bag",
    title_es: "Bolsa de hombro brocada",
    description_en:
      "A shoulder bag made entirely of brocaded cloth, with the universe diamond on the flap and a strap woven to match. Lined, with a button closure.",
    description_es:
      "Una bolsa de hombro hecha toda de tela brocada, con el rombo del universo en la solapa y una correa tejida a juego. Forrada, con cierre de botón.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton, cotton lining",
    material_es: "Algodón, forro de algodón",
    weight_grams: 350,
    variants: [["Default", 74, 6]],
    art: { kind: "bag", shape: "morral", motif: "rombo", palette: P.magRed },
  }),
  product({
    handle: "camino-mesa-santos-magdalenas",
    cooperative: "tsobol-jalbil",
    artisans: ["magdalena-ruiz-perez", "lorenza-perez-diaz"],
    category: "table-runners",
    sku: "MAG-RUN-006",
    title_en: "Saints and Stars Table Runner",
    title_es: "Camino de mesa de santos y estrellas",
    description_en:
      "A runner of 180 × 36 cm with alternating blocks of the saint design and eight-pointed stars, brocaded on a red ground. Knotted fringes at both ends.",
    description_es:
      "Camino de mesa de 180 × 36 cm con bloques alternados del diseño del santo y estrellas de ocho puntas, brocados sobre fondo rojo. Flecos anudados en ambos extremos.",
    technique: "Backstrap loom, supplementary-weft brocade",
    technique_es: "Telar de cintura, brocado de trama suplementaria",
    material: "Cotton",
    material_es: "Algodón",
    weight_grams: 310,
    variants: [["Default", 84, 5]],
    share: 0.6,
    art: { kind: "textile", shape: "runner", motif: "star", palette: P.magRed },
  }),
]

// ---------------------------------------------------------------------------
// Illustrations (mirrored in image-specs.json, rendered by scripts/demo-images/generate-images.mjs)
// ---------------------------------------------------------------------------

const coverArt: Record<string, Pick<ImageSpec, "motif" | "palette" | "scene">> = {
  "nichim-pok": { motif: "flowers", palette: P.zinIndigo, scene: "highlands" },
  "tunim-chij": { motif: "wool", palette: P.chamulaWool, scene: "highlands" },
  "ixim-jalabil": { motif: "toad", palette: P.tenRed, scene: "highlands" },
  "sakil-nichim": { motif: "flowers", palette: P.aguWhite, scene: "valley" },
  "batsi-kuul": { motif: "rombo", palette: P.larRed, scene: "highlands" },
  "chul-lum": { motif: "spots", palette: P.clay, scene: "valley" },
  "kanal-pom": { motif: "clear", palette: P.amberHoney, scene: "forest" },
  "jicara-florida": { motif: "flowers", palette: P.laqBlack, scene: "river" },
  "sbek-ixim": { motif: "birds", palette: P.carranza, scene: "valley" },
  "kanan-kaax": { motif: "seeds", palette: P.wood, scene: "forest" },
  "tsobol-jalbil": { motif: "star", palette: P.magRed, scene: "highlands" },
}

const coverImageSpecs: ImageSpec[] = cooperatives.map((coop) => {
  const art = coverArt[coop.handle]
  const file = `coop-${coop.handle}.svg`
  return {
    file,
    kind: "cover",
    shape: "landscape",
    motif: art.motif,
    palette: art.palette,
    seed: seedOf(file),
    title: `${coop.name}, ${coop.community}, Chiapas (illustration)`,
    view: "main",
    scene: art.scene,
  }
})

export const imageSpecs: ImageSpec[] = [...productImageSpecs, ...coverImageSpecs]
