import { CatalogImage } from "./catalog-image"

/** A portrait, or the person's initials on a woven-colour disc when there is none. */
export function Avatar({ name, src, size = 56 }: { name: string; src?: string | null; size?: number }) {
  if (src) {
    return <CatalogImage src={src} alt="" width={size} height={size} className="shrink-0 rounded-full object-cover" />
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("")
  const palette = ["bg-clay-dark", "bg-indigo", "bg-jade"]
  const colour = palette[[...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % palette.length]
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size }}
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-serif text-lg font-semibold text-paper ${colour}`}
    >
      {initials}
    </span>
  )
}
