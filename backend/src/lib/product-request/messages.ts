import type { CoordinatorLanguage } from "../../modules/cooperative/models/coordinator"

type Limits = { max: number }

/** What the portal tells a coordinator about a proposed piece, in plain words, in their language. */
const es = {
  titleMissing: "Escribe el nombre de la pieza.",
  titleTooLong: ({ max }: Limits) => `El nombre es muy largo: usa ${max} letras o menos.`,
  storyMissing: "Cuenta la historia de la pieza en unas palabras.",
  storyTooLong: ({ max }: Limits) => `La historia es muy larga: usa ${max} letras o menos.`,
  materialsMissing: "Escribe de qué está hecha la pieza.",
  materialsTooLong: ({ max }: Limits) => `Los materiales son muy largos: usa ${max} letras o menos.`,
  techniqueMissing: "Escribe cómo se hace la pieza (la técnica).",
  techniqueTooLong: ({ max }: Limits) => `La técnica es muy larga: usa ${max} letras o menos.`,
  priceInvalid: ({ max }: Limits) => `Escribe el precio en pesos, mayor que 0 y hasta ${max} (por ejemplo 350 o 350.50).`,
  stockInvalid: ({ max }: Limits) => `Escribe cuántas piezas tienen: un número entero de 0 a ${max}.`,
  photosMissing: "Agrega al menos una foto de la pieza.",
  tooManyPhotos: ({ max }: Limits) => `Puedes mandar hasta ${max} fotos por pieza.`,
  photoTwice: "Cada foto va una sola vez.",
  photoUnknown: "Una de las fotos ya no está. Vuelve a subirla.",
  requestIdInvalid: "La solicitud llegó incompleta. Vuelve a intentarlo.",
  photoMissing: "No llegó ninguna foto. Vuelve a intentarlo.",
  notAnImage: "Ese archivo no es una foto. Usa una foto JPG, PNG o WebP.",
  photoTooLarge: ({ max }: Limits) => `La foto pesa demasiado: el máximo es ${max} MB.`,
  photoTooSmall: ({ max }: Limits) => `La foto es muy chica: debe medir al menos ${max} píxeles por lado.`,
  notReturned: "Esta propuesta no se puede cambiar ahora: solo las que el equipo regresó.",
  revisionMissing: "No sabemos qué versión de la propuesta cambiaste. Recarga la página y vuelve a intentarlo.",
}

const en: typeof es = {
  titleMissing: "Write the piece's name.",
  titleTooLong: ({ max }: Limits) => `The name is too long: use ${max} characters or fewer.`,
  storyMissing: "Tell the piece's story in a few words.",
  storyTooLong: ({ max }: Limits) => `The story is too long: use ${max} characters or fewer.`,
  materialsMissing: "Write what the piece is made of.",
  materialsTooLong: ({ max }: Limits) => `The materials are too long: use ${max} characters or fewer.`,
  techniqueMissing: "Write how the piece is made (the technique).",
  techniqueTooLong: ({ max }: Limits) => `The technique is too long: use ${max} characters or fewer.`,
  priceInvalid: ({ max }: Limits) => `Write the price in pesos, more than 0 and up to ${max} (for example 350 or 350.50).`,
  stockInvalid: ({ max }: Limits) => `Write how many pieces there are: a whole number from 0 to ${max}.`,
  photosMissing: "Add at least one photo of the piece.",
  tooManyPhotos: ({ max }: Limits) => `You can send up to ${max} photos per piece.`,
  photoTwice: "Each photo goes once only.",
  photoUnknown: "One of the photos is gone. Upload it again.",
  requestIdInvalid: "The request arrived incomplete. Try again.",
  photoMissing: "No photo arrived. Try again.",
  notAnImage: "That file is not a photo. Use a JPG, PNG or WebP photo.",
  photoTooLarge: ({ max }: Limits) => `The photo is too heavy: the limit is ${max} MB.`,
  photoTooSmall: ({ max }: Limits) => `The photo is too small: it needs at least ${max} pixels on each side.`,
  notReturned: "This proposal cannot be changed now: only those the team sent back can.",
  revisionMissing: "We can't tell which version of the proposal you changed. Reload the page and try again.",
}

export type ProductRequestMessages = typeof es

export function productRequestMessages(language: CoordinatorLanguage | string | null | undefined): ProductRequestMessages {
  return language === "en" ? en : es
}
