import { expect, test } from "@playwright/test"
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"

const root = path.resolve(__dirname, "../..")

test("npm start refuses a DATABASE_URL whose database is not UTF8, and says how to fix it", async () => {
  const admin = new URL(process.env.DATABASE_URL as string)
  const name = `telar_ascii_${Date.now()}`
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  await client.query(`CREATE DATABASE "${name}" ENCODING 'SQL_ASCII' LOCALE_PROVIDER 'libc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`)
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "telar-ascii-"))
  try {
    const target = new URL(admin.toString())
    target.pathname = `/${name}`
    // A bare environment, as a user's shell or CI would have it.
    const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATABASE_URL: target.toString(),
        TELAR_DATA_DIR: stateDir,
        TELAR_SKIP_STOREFRONT: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve))
    expect(code).toBe(1)
    expect(output).toContain(`the database "${name}" at DATABASE_URL uses the SQL_ASCII encoding; Telar needs UTF8`)
    expect(output).toContain("ENCODING 'UTF8' TEMPLATE template0")
    expect(output).not.toContain("Migrating")
  } finally {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
    await client.end()
    rmSync(stateDir, { recursive: true, force: true })
  }
})
