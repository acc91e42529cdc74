/**
 * The real root layout is app/[locale]/layout.tsx (it sets <html lang>). This pass-through
 * exists so app/not-found.tsx can catch URLs outside any locale.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children
}
