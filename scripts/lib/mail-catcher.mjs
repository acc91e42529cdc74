// `npm start`'s local mail catcher: an SMTP server that keeps every message it receives and a web
// inbox to read them (plus a small JSON API for e2e tests). Nothing leaves the machine.
import { createServer } from "node:http"
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import { findFreePort } from "./postgres.mjs"

/** Older messages are dropped beyond this many: the catcher lives in npm start's memory. */
const KEEP = 500

const escapeHtml = (value) =>
  String(value ?? "").replace(
    /[&<>"']/g,
    (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]
  )

const page = (title, body, { refresh = false } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="5">' : ""}<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#222}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:6px 8px;border-bottom:1px solid #ddd;vertical-align:top}
a{color:#7a2e1f}iframe{width:100%;height:70vh;border:1px solid #ddd}pre{white-space:pre-wrap;background:#f6f6f6;padding:12px}
.muted{color:#777;font-size:13px}</style></head><body>${body}</body></html>`

function inboxPage(messages) {
  const rows = messages
    .toReversed()
    .map(
      (message) =>
        `<tr><td class="muted">${escapeHtml(message.date.toLocaleString())}</td><td>${escapeHtml(message.to.join(", "))}</td>` +
        `<td><a href="/messages/${message.id}">${escapeHtml(message.subject || "(no subject)")}</a></td></tr>`
    )
    .join("")
  return page(
    `Telar mail (${messages.length})`,
    `<h1>Telar mail</h1><p class="muted">Every email the local backend sent. Refreshes every 5 s. ` +
      `<form method="post" action="/clear" style="display:inline"><button>Delete all</button></form></p>` +
      (rows ? `<table><tr><th>Received</th><th>To</th><th>Subject</th></tr>${rows}</table>` : "<p>No mail yet.</p>"),
    { refresh: true }
  )
}

function messagePage(message) {
  // The message's own HTML runs in a sandboxed frame: no scripts, no access to this page.
  const htmlPart = message.html ? `<iframe sandbox title="HTML version" srcdoc="${escapeHtml(message.html)}"></iframe>` : ""
  return page(
    message.subject,
    `<p><a href="/">← Inbox</a></p><h1>${escapeHtml(message.subject || "(no subject)")}</h1>` +
      `<p class="muted">From ${escapeHtml(message.from)} to ${escapeHtml(message.to.join(", "))} · ${escapeHtml(message.date.toLocaleString())}</p>` +
      `${htmlPart}<h2>Text</h2><pre>${escapeHtml(message.text)}</pre>`
  )
}

/**
 * Starts the catcher on the first free ports from `smtpPort` and `httpPort`.
 * Returns the SMTP URL for the backend, the inbox URL for people, and stop().
 */
export async function startMailCatcher({ smtpPort = 1025, httpPort = 1080 } = {}) {
  let messages = []
  let nextId = 1

  const smtp = new SMTPServer({
    // Local only: no TLS upgrade; any login (or none) is accepted, so any SMTP_URL shape works.
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username || "local" }),
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            id: nextId++,
            date: new Date(),
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: parsed.html || "",
          })
          if (messages.length > KEEP) messages = messages.slice(-KEEP)
          callback()
        })
        .catch((error) => callback(error))
    },
  })

  const http = createServer((request, response) => {
    const url = new URL(request.url, "http://localhost")
    const send = (status, type, body) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store" })
      response.end(body)
    }
    if (url.pathname === "/api/messages" && request.method === "GET") {
      const to = url.searchParams.get("to")?.toLowerCase()
      const found = to ? messages.filter((message) => message.to.some((address) => address.toLowerCase() === to)) : messages
      return send(200, "application/json", JSON.stringify(found))
    }
    if ((url.pathname === "/api/messages" && request.method === "DELETE") || (url.pathname === "/clear" && request.method === "POST")) {
      messages = []
      if (request.method === "DELETE") return send(204, "text/plain", "")
      response.writeHead(303, { location: "/" })
      return response.end()
    }
    const match = /^\/messages\/(\d+)$/.exec(url.pathname)
    const message = match && messages.find((candidate) => candidate.id === Number(match[1]))
    if (message) return send(200, "text/html; charset=utf-8", messagePage(message))
    if (url.pathname === "/") return send(200, "text/html; charset=utf-8", inboxPage(messages))
    return send(404, "text/plain", "Not found")
  })

  const listen = (server, port) =>
    new Promise((resolve, reject) => {
      server.once("error", reject)
      server.listen(port, "127.0.0.1", () => resolve(port))
    })
  const smtpAt = await listen(smtp, await findFreePort(smtpPort))
  const httpAt = await listen(http, await findFreePort(httpPort))

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpAt}`,
    inboxUrl: `http://localhost:${httpAt}`,
    stop() {
      http.closeAllConnections()
      const closed = Promise.all([new Promise((resolve) => smtp.close(resolve)), new Promise((resolve) => http.close(resolve))])
      // smtp-server waits for open sessions; npm start is exiting anyway.
      return Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))])
    },
  }
}
