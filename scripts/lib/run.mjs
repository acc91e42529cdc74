import { spawn } from "node:child_process"

/** Runs a command, streaming its output; resolves with its exit code (rejects only if it cannot start). */
export function run(command, args, { cwd, env, quiet = false, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    const handle = (stream, target) => {
      let pending = ""
      stream.on("data", (chunk) => {
        const text = chunk.toString()
        output += text
        if (!quiet) target.write(text)
        if (onLine) {
          pending += text
          const lines = pending.split("\n")
          pending = lines.pop()
          lines.forEach(onLine)
        }
      })
      stream.on("end", () => pending && onLine?.(pending))
    }
    handle(child.stdout, process.stdout)
    handle(child.stderr, process.stderr)
    child.on("error", reject)
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }))
  })
}

/** Like run(), but throws with the command's output when it fails. */
export async function runOrFail(command, args, options = {}) {
  const { code, output } = await run(command, args, options)
  if (code !== 0) {
    if (options.quiet) process.stderr.write(output.slice(-6000))
    throw new Error(`${command} ${args.join(" ")} failed with exit code ${code}`)
  }
  return output
}
