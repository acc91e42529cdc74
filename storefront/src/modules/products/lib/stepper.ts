/*
 * The quantity stepper's arithmetic. No imports: it runs in the browser, where pulling in the
 * stock rules (@telar/fair-trade, whole) would add kilobytes for nothing.
 */

/** Keeps a wanted quantity within 1..max; anything unreadable counts as 1. */
export function boundQuantity(wanted: number, max: number): number {
  if (!Number.isFinite(wanted)) return 1
  return Math.min(Math.max(1, Math.floor(wanted)), Math.max(1, max))
}

/** What a typed value means: digits only, else null (the field keeps what it had). */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim()
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null
}

export type StepperInput = { kind: "decrease" } | { kind: "increase" } | { kind: "type"; text: string }

/**
 * What the stepper shows after a press or a keystroke: the quantity (always 1..max), and whether
 * the shopper asked for more than can be added (the stepper then says how many can).
 */
export function stepQuantity(value: number, max: number, input: StepperInput): { value: number; overLimit: boolean } {
  const current = boundQuantity(value, max)
  if (input.kind === "decrease") return { value: boundQuantity(current - 1, max), overLimit: false }
  if (input.kind === "increase") return { value: boundQuantity(current + 1, max), overLimit: current >= max }
  const typed = parseQuantity(input.text)
  // Half-typed or cleared: nothing changes until there is a number.
  if (typed === null || typed < 1) return { value: current, overLimit: false }
  return { value: boundQuantity(typed, max), overLimit: typed > max }
}
