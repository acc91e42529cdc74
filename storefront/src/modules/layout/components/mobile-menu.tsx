"use client"

import { type ReactNode, useEffect, useRef } from "react"

type Props = { label: string; children: ReactNode; className?: string }

/**
 * The phone's menu: a native <details>, so it opens without JavaScript. With it, the menu also
 * closes once a link or form in it is used (the header stays mounted across pages), on Escape,
 * and on a tap outside.
 */
export function MobileMenu({ label, children, className = "" }: Props) {
  const ref = useRef<HTMLDetailsElement>(null)
  const close = (returnFocus = false) => {
    const details = ref.current
    if (!details?.open) return
    details.open = false
    if (returnFocus) details.querySelector("summary")?.focus()
  }
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const details = ref.current
      if (details?.open && !details.contains(event.target as Node)) details.open = false
    }
    document.addEventListener("pointerdown", onPointerDown)
    return () => document.removeEventListener("pointerdown", onPointerDown)
  }, [])
  return (
    <details
      ref={ref}
      className={`group ${className}`}
      data-testid="mobile-menu"
      onKeyDown={(event) => {
        if (event.key === "Escape") close(true)
      }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("a")) close()
      }}
      onSubmit={() => close()}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md px-2 py-2 font-medium text-ink hover:bg-ink/5 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="22"
          height="22"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
          <path d="M6 6l12 12M18 6 6 18" className="hidden group-open:block" />
        </svg>
        <span>{label}</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-ink/15 bg-paper px-4 pt-3 pb-5 shadow-lg">{children}</div>
    </details>
  )
}
