/** Shared Tailwind class lists for the commerce pages (AA contrast on the paper background). */
export const ui = {
  primary:
    "inline-flex items-center justify-center gap-2 rounded-md bg-clay-dark px-5 py-3 font-semibold text-white shadow-sm transition hover:bg-ink focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo disabled:cursor-not-allowed disabled:bg-ink/50 aria-disabled:cursor-not-allowed",
  secondary:
    "inline-flex items-center justify-center gap-2 rounded-md border border-ink/60 bg-white px-4 py-2 font-medium text-ink transition hover:border-ink hover:bg-paper focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo disabled:cursor-not-allowed disabled:opacity-60",
  link: "font-medium text-clay-dark underline underline-offset-2 hover:text-ink focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo",
  textButton:
    "rounded text-sm font-medium text-clay-dark underline underline-offset-2 hover:text-ink focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo disabled:opacity-60",
  input:
    "block w-full rounded-md border border-ink/50 bg-white px-3 py-2.5 text-ink placeholder:text-ink/70 focus:border-indigo focus:outline-3 focus:outline-offset-0 focus:outline-indigo/40 aria-[invalid=true]:border-red-700",
  label: "mb-1 block text-sm font-medium text-ink",
  hint: "mt-1 text-sm text-ink/75",
  fieldError: "mt-1 text-sm font-medium text-red-800",
  alert: "rounded-md border border-red-800/40 bg-red-50 p-4 text-red-900",
  notice: "rounded-md border border-jade/40 bg-emerald-50 p-4 text-emerald-900",
  card: "rounded-lg border border-ink/15 bg-white p-5 shadow-sm",
  muted: "text-ink/75",
} as const
