import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const backend = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets several builds/dev servers coexist (e.g. tests and a developer's `npm run dev`).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  transpilePackages: ["@telar/fair-trade", "@telar/types"],
  images: {
    // Catalog images are SVGs the backend serves from its own static folder.
    dangerouslyAllowSVG: true,
    contentDispositionType: "inline",
    contentSecurityPolicy: "default-src 'self'; script-src 'none'; sandbox;",
    remotePatterns: [
      {
        protocol: backend.protocol.replace(":", "") as "http" | "https",
        hostname: backend.hostname,
        port: backend.port,
        pathname: "/static/**",
      },
      { protocol: "http", hostname: "localhost", pathname: "/static/**" },
      { protocol: "http", hostname: "127.0.0.1", pathname: "/static/**" },
    ],
  },
}

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig)
