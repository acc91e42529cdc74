import { defineConfig } from "@playwright/test"

// Journeys through real server processes (kill -9, several servers on Redis); no browser.
export default defineConfig({
  testDir: "./processes",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 240_000,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_RESULTS_FILE || "../.data/test-results/processes.json" }]],
  outputDir: "../.data/e2e-artifacts/processes",
})
