import { defineConfig } from "@playwright/test"

export default defineConfig({
  testDir: "./specs",
  // One shop, one database: journeys run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_RESULTS_FILE || "../.data/test-results/e2e.json" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL || "http://localhost:8000",
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  outputDir: "../.data/e2e-artifacts",
})
