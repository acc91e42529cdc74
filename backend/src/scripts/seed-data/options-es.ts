/**
 * Spanish names of the demo catalogue's option titles and values, written to the Translation
 * module by the seed. Size codes (S, M, XL), ring sizes and measurements ("150 cm") read the same
 * in Spanish and need no entry. The single "Default" option of one-variant pieces is never shown
 * and stays untranslated: the storefront recognises it by its English title.
 */

export const OPTION_TITLES_ES: Record<string, string> = {
  Size: "Talla",
  Colour: "Color",
  Color: "Color",
  Style: "Estilo",
  Length: "Largo",
  Diameter: "Diámetro",
  Seats: "Comensales",
  Set: "Juego",
  "Ring size (US)": "Talla de anillo (EE. UU.)",
}

export const OPTION_VALUES_ES: Record<string, string> = {
  // Colours
  Violet: "Violeta",
  Turquoise: "Turquesa",
  Black: "Negro",
  Indigo: "Añil",
  Fuchsia: "Fucsia",
  Purple: "Morado",
  Pink: "Rosa",
  Blue: "Azul",
  Brown: "Café",
  Cream: "Crema",
  Red: "Rojo",
  Magenta: "Magenta",
  Orange: "Naranja",
  Cochineal: "Grana cochinilla",
  Pericón: "Pericón",
  White: "Blanco",
  "Red clay": "Barro rojo",
  Ochre: "Ocre",
  Honey: "Miel",
  Cherry: "Cereza",
  Green: "Verde",
  Cognac: "Coñac",
  "Red on white": "Rojo sobre blanco",
  "White on red": "Blanco sobre rojo",
  "Red and black": "Rojo y negro",
  Natural: "Natural",
  // Sizes that are words
  Small: "Chica",
  Large: "Grande",
  Unique: "Única",
  "4 years": "4 años",
  "6 years": "6 años",
  "8 years": "8 años",
  // Table linen
  "6 seats": "6 comensales",
  "8 seats": "8 comensales",
  "Set of 4": "Juego de 4",
  "Set of 6": "Juego de 6",
}

/** Option titles that mark a piece without real choices. */
export const DEFAULT_OPTION_TITLE = "Default"

/** Values written the same way in both languages: size codes, ring sizes, measurements. */
export const SAME_IN_SPANISH = /^(X{0,2}[SML]|\d+(\s?cm)?)$/

/** The Spanish value, or the value itself when it reads the same in Spanish. */
export function optionValueEs(value: string): string {
  return OPTION_VALUES_ES[value] ?? value
}
