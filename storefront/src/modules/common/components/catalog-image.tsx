import { getImageProps } from "next/image"
import type { CSSProperties } from "react"
import { preload } from "react-dom"

type Props = {
  src: string
  alt: string
  fill?: boolean
  width?: number
  height?: number
  sizes?: string
  className?: string
  style?: CSSProperties
  loading?: "lazy" | "eager"
  /** Above the fold / likely LCP: load eagerly at high priority. */
  important?: boolean
}

function isSvg(src: string): boolean {
  try {
    return new URL(src, "http://local").pathname.toLowerCase().endsWith(".svg")
  } catch {
    return false
  }
}

/**
 * Catalog pictures, server-rendered as plain <img> elements: no image client component to ship
 * or hydrate (24 on a catalog page). Raster photos get next/image's optimizer srcset through
 * getImageProps(); the backend's SVG illustrations are vectors that Next never optimizes (its
 * docs recommend `unoptimized` for them), so they load as they are.
 */
export function CatalogImage({ src, alt, fill, width, height, sizes, className, style, loading, important = false }: Props) {
  const eager = important ? "eager" : loading
  // The likely LCP image: announce it in <head> so the download starts before the body arrives.
  if (important) preload(src, { as: "image", fetchPriority: "high" })
  if (!isSvg(src)) {
    // Raster photos: the optimizer's srcset, rendered as a plain <img> (no client component).
    const { props } = getImageProps({
      src,
      alt,
      fill,
      width,
      height,
      sizes,
      className,
      style,
      loading: eager,
      fetchPriority: important ? "high" : undefined,
    })
    // biome-ignore lint/a11y/useAltText: alt is in props (required by this component's type)
    return <img {...props} />
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- vector art: nothing for the optimizer to do
    <img
      src={src}
      alt={alt}
      width={fill ? undefined : width}
      height={fill ? undefined : height}
      loading={eager ?? "lazy"}
      fetchPriority={important ? "high" : undefined}
      decoding="async"
      className={className}
      style={fill ? { position: "absolute", inset: 0, width: "100%", height: "100%", ...style } : style}
    />
  )
}
