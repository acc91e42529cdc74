"use client"

import { useRef, useState, type ReactNode } from "react"

/** Square and at most ~40% of a phone's screen, so the title, price and "Add to cart" show below it; 4:5 from md. */
const frame = "aspect-square max-h-[40svh] md:aspect-[4/5] md:max-h-none"

type Props = {
  /** Server-rendered pictures, so the client bundle needs no image component. */
  slides: { key: string; image: ReactNode; thumbnail: ReactNode }[]
  labels: { region: string; thumbnails: string; show: string[] }
}

/**
 * Product images as a swipeable, scroll-snapping strip (works without JavaScript: thumbnails are
 * anchors to each image); with JavaScript the thumbnails scroll the strip in place.
 */
export function Gallery({ slides, labels }: Props) {
  const strip = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)

  function show(index: number) {
    const element = strip.current
    if (!element) return
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches
    element.scrollTo({ left: index * element.clientWidth, behavior: reduce ? "auto" : "smooth" })
    setActive(index)
  }

  function onScroll() {
    const element = strip.current
    if (!element || !element.clientWidth) return
    const index = Math.round(element.scrollLeft / element.clientWidth)
    if (index !== active) setActive(index)
  }

  if (!slides.length) return <div className={`${frame} w-full rounded-lg bg-ink/5`} />

  return (
    <div>
      <div
        ref={strip}
        onScroll={slides.length > 1 ? onScroll : undefined}
        role="region"
        aria-label={labels.region}
        tabIndex={slides.length > 1 ? 0 : undefined}
        className="flex snap-x snap-mandatory overflow-x-auto overscroll-x-contain rounded-lg bg-ink/5 [scrollbar-width:none] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo [&::-webkit-scrollbar]:hidden"
      >
        {slides.map((slide, index) => (
          <div key={slide.key} id={`image-${index + 1}`} className={`relative ${frame} w-full shrink-0 snap-center`}>
            {slide.image}
          </div>
        ))}
      </div>
      {slides.length > 1 ? (
        <ul aria-label={labels.thumbnails} className="mt-1 flex justify-center gap-1 md:mt-3 md:justify-start md:gap-2">
          {slides.map((slide, index) => (
            <li key={slide.key}>
              <a
                href={`#image-${index + 1}`}
                onClick={(event) => {
                  event.preventDefault()
                  show(index)
                }}
                aria-label={labels.show[index]}
                aria-current={index === active ? "true" : undefined}
                className={`relative grid size-6 place-items-center rounded-full focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo md:block md:h-20 md:w-16 md:overflow-hidden md:rounded-md md:border-2 ${
                  index === active ? "md:border-ink" : "md:border-transparent md:opacity-80 md:hover:opacity-100"
                }`}
              >
                {/* A phone shows dots (the strip swipes); wider screens show the pictures. */}
                <span
                  aria-hidden="true"
                  className={`size-2.5 rounded-full md:hidden ${index === active ? "bg-ink" : "border border-ink/60 bg-transparent"}`}
                />
                <span className="absolute inset-0 max-md:hidden">{slide.thumbnail}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
