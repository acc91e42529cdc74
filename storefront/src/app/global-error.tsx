"use client"

/**
 * Last resort when the root layout itself fails; it replaces the whole document, so it carries
 * its own minimal styles and both languages (the message catalogue may be what failed).
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", background: "#fbf7f1", color: "#1f1a17", margin: 0 }}>
        <main style={{ maxWidth: "36rem", margin: "0 auto", padding: "5rem 1.5rem", textAlign: "center" }}>
          <h1 style={{ fontFamily: "Georgia, serif" }}>Something went wrong</h1>
          <p lang="es" style={{ fontFamily: "Georgia, serif", fontSize: "1.25rem" }}>
            Algo salió mal
          </p>
          <p>
            Please try again in a moment. <span lang="es">Inténtalo de nuevo en un momento.</span>
          </p>
          <button
            type="button"
            onClick={() => retry()}
            style={{
              marginTop: "1.5rem",
              padding: "0.75rem 1.25rem",
              background: "#1f1a17",
              color: "#fbf7f1",
              border: 0,
              borderRadius: "0.375rem",
              fontWeight: 600,
              cursor: "pointer",
            }}
          >
            Try again · Intentar de nuevo
          </button>
        </main>
      </body>
    </html>
  )
}
