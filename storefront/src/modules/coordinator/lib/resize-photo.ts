/**
 * Shrinks a phone's photo in the browser before it is sent: a 4 MB photo becomes a few hundred
 * KB, which matters on a weak signal (the backend resizes it again and strips its metadata).
 */
const MAX_SIDE = 1600
/** A few hundred KB at most: quick on a weak signal, and far under what /api/portal/photo takes. */
const MAX_BYTES = 900 * 1024
const QUALITIES = [0.85, 0.72, 0.6]

export type ResizedPhoto = { blob: Blob; width: number; height: number }

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality))
}

/** The photo as a JPEG of at most 1600 px, upright; null when the browser cannot read it (e.g. HEIC on some phones). */
export async function resizePhoto(file: Blob): Promise<ResizedPhoto | null> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" })
  } catch {
    return null
  }
  try {
    let side = MAX_SIDE
    for (;;) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height))
      const canvas = document.createElement("canvas")
      canvas.width = Math.max(1, Math.round(bitmap.width * scale))
      canvas.height = Math.max(1, Math.round(bitmap.height * scale))
      canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
      for (const quality of QUALITIES) {
        const blob = await toJpeg(canvas, quality)
        if (blob && blob.size <= MAX_BYTES) return { blob, width: canvas.width, height: canvas.height }
      }
      if (side <= 800) return null
      side = Math.round(side * 0.75)
    }
  } finally {
    bitmap.close()
  }
}
