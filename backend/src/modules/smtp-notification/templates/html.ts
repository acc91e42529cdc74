import type { MailLocale } from "./types"

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (character) => ENTITIES[character])
}

/** Markup already escaped (or written by us): `html` interpolates it as is. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup
  }
}

/** One interpolated value as markup: SafeHtml as is, a list part by part, anything else escaped. */
function markupOf(value: unknown): string {
  if (value instanceof SafeHtml) return value.markup
  if (Array.isArray(value)) return value.map(markupOf).join("")
  return escapeHtml(value)
}

/** Tagged template for email markup: every interpolated value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  const parts = values.map(markupOf)
  return new SafeHtml(strings.reduce((markup, text, index) => markup + text + (parts[index] ?? ""), ""))
}

const FOOTER: Record<MailLocale, string> = {
  es: "Telar · comercio justo con las cooperativas artesanas de Chiapas",
  en: "Telar · fair trade with the artisan cooperatives of Chiapas",
}

/** A call to action that still reads as a plain link where buttons are not drawn. */
export function button(url: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0"><a href="${url}" style="background:#7a2e1f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${label}</a></p>
<p style="font-size:13px;color:#555555;word-break:break-all">${url}</p>`
}

/** The one page every Telar email sits in: simple, readable on a phone, no external assets. */
export function emailPage(locale: MailLocale, title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="margin:0;background:#f6f1ea">
<div style="max-width:560px;margin:0 auto;padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#222222;background:#ffffff">
${body}
<p style="margin-top:32px;font-size:12px;color:#777777">${FOOTER[locale]}</p>
</div>
</body>
</html>`.markup
}
