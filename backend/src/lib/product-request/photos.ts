import { createHash } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { productRequestMessages } from "./messages"

/** What a proposed piece's photo may be, and what is kept of it. */
export const PHOTO_RULES = {
  /** Of the file as uploaded (a phone's full-size photo fits). */
  maxBytes: 12 * 1024 * 1024,
  /** Shorter sides cannot show a piece. */
  minSide: 400,
  /** The longest side kept: sharp on a shopper's screen, light on a weak signal. */
  maxSide: 1600,
  /** Refuses decompression bombs before decoding them. */
  maxInputPixels: 50_000_000,
  formats: ["jpeg", "png", "webp"] as const,
  quality: 82,
}

export type PreparedPhoto = {
  /** WebP, at most `maxSide` on its longest side, turned upright, with no EXIF/GPS metadata. */
  content: Buffer
  mime_type: "image/webp"
  width: number
  height: number
  size_bytes: number
  /** Of the bytes as uploaded: a retried upload of the same photo is recognised by it. */
  sha256: string
}

/** A photo over the size limit: the route answers 413. */
export class PhotoTooLarge extends MedusaError {
  constructor(message: string) {
    super(MedusaError.Types.INVALID_DATA, message)
  }
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The upload's bytes from base64 (optionally a data: URL); a photo over the size limit is refused before decoding. */
export function decodePhoto(content: string, language: string): Buffer {
  const t = productRequestMessages(language)
  const base64 = content.replace(/^data:[\w/+.-]+;base64,/, "").replace(/\s+/g, "")
  if (!base64) throw refuse(t.photoMissing)
  if (Math.floor((base64.length * 3) / 4) > PHOTO_RULES.maxBytes + 2) {
    throw new PhotoTooLarge(t.photoTooLarge({ max: PHOTO_RULES.maxBytes / (1024 * 1024) }))
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw refuse(t.notAnImage)
  return Buffer.from(base64, "base64")
}

/**
 * Checks the bytes are a photo (JPEG, PNG or WebP, by their content, not their name), big enough,
 * then resizes it to at most 1600 px and re-encodes it as WebP without its metadata (a phone's
 * photo carries the place it was taken).
 */
export async function preparePhoto(original: Buffer, language: string): Promise<PreparedPhoto> {
  const t = productRequestMessages(language)
  if (original.length > PHOTO_RULES.maxBytes) throw new PhotoTooLarge(t.photoTooLarge({ max: PHOTO_RULES.maxBytes / (1024 * 1024) }))
  const options = { limitInputPixels: PHOTO_RULES.maxInputPixels, failOn: "error" as const }
  let format: string | undefined
  let width = 0
  let height = 0
  try {
    const metadata = await sharp(original, options).metadata()
    format = metadata.format
    // Width and height as the photo is seen (EXIF orientation 5–8 turns it a quarter).
    const turned = (metadata.orientation ?? 1) >= 5
    width = (turned ? metadata.height : metadata.width) ?? 0
    height = (turned ? metadata.width : metadata.height) ?? 0
  } catch {
    throw refuse(t.notAnImage)
  }
  if (!format || !(PHOTO_RULES.formats as readonly string[]).includes(format)) throw refuse(t.notAnImage)
  if (Math.min(width, height) < PHOTO_RULES.minSide) throw refuse(t.photoTooSmall({ max: PHOTO_RULES.minSide }))

  let output: { data: Buffer; info: sharp.OutputInfo }
  try {
    output = await sharp(original, options)
      .rotate()
      .resize({ width: PHOTO_RULES.maxSide, height: PHOTO_RULES.maxSide, fit: "inside", withoutEnlargement: true })
      .webp({ quality: PHOTO_RULES.quality })
      .toBuffer({ resolveWithObject: true })
  } catch {
    throw refuse(t.notAnImage)
  }
  return {
    content: output.data,
    mime_type: "image/webp",
    width: output.info.width,
    height: output.info.height,
    size_bytes: output.data.length,
    sha256: createHash("sha256").update(original).digest("hex"),
  }
}
