import "./globals.css"

/** Only for URLs the locale middleware does not handle (e.g. /missing.txt); everything else gets the localized 404. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="font-sans antialiased">
        <main className="mx-auto max-w-xl px-6 py-24 text-center">
          <p className="font-serif text-6xl text-clay-dark">404</p>
          <h1 className="mt-4 font-serif text-3xl">Page not found</h1>
          <p className="mt-2 text-ink/80">We could not find this page.</p>
          <p lang="es" className="mt-6 font-serif text-2xl">
            Página no encontrada
          </p>
          <p lang="es" className="mt-2 text-ink/80">
            No encontramos esta página.
          </p>
          <p className="mt-8 flex justify-center gap-4">
            <a className="rounded-md bg-ink px-4 py-2 text-paper" href="/en">
              Telar home
            </a>
            <a lang="es" className="rounded-md border border-ink px-4 py-2" href="/es">
              Inicio de Telar
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
