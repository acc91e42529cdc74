#!/usr/bin/env node
// Renders Telar's demo catalogue illustrations as small, deterministic SVGs.
//
//   node scripts/demo-images/generate-images.mjs [--out DIR]   (any cwd)
//
// Input:  backend/src/scripts/seed-data/image-specs.json (one spec per illustration the seed data names).
// Output: backend/static/catalog/<file>.svg, or DIR — products 800×1000, cooperative covers 1200×800.
//
// Plain Node ESM, no dependencies. The same spec (seed) always produces the same bytes.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const SPECS = join(root, "backend/src/scripts/seed-data/image-specs.json")
const STATIC_DIR = join(root, "backend/static/catalog")
const MAX_BYTES = 6 * 1024

// ---------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const n = (x) => Math.round(x)
const f1 = (x) => Math.round(x * 10) / 10
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

function makeRand(seed) {
  const r = mulberry32(seed)
  const rand = {
    next: r,
    range: (a, b) => a + (b - a) * r(),
    int: (a, b) => Math.floor(a + (b - a + 1) * r()),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    shuffle: (arr) => {
      const out = arr.slice()
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1))
        ;[out[i], out[j]] = [out[j], out[i]]
      }
      return out
    },
  }
  return rand
}

function hexToRgb(hex) {
  const h = hex.replace("#", "")
  const v =
    h.length === 3
      ? h
          .split("")
          .map((c) => c + c)
          .join("")
      : h
  return [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16))
}
function rgbToHex(rgb) {
  return (
    "#" +
    rgb
      .map((c) =>
        Math.max(0, Math.min(255, Math.round(c)))
          .toString(16)
          .padStart(2, "0")
      )
      .join("")
  )
}
/** Mix two colours, t = 0 → a, t = 1 → b. */
function mix(a, b, t) {
  const x = hexToRgb(a)
  const y = hexToRgb(b)
  return rgbToHex(x.map((c, i) => c + (y[i] - c) * t))
}
/** amt > 0 lightens, amt < 0 darkens. */
const shade = (c, amt) => (amt >= 0 ? mix(c, "#ffffff", amt) : mix(c, "#000000", -amt))
function luminance(hex) {
  const [r, g, b] = hexToRgb(hex)
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255
}
function greenest(pal, fallback = "#3f8a3c") {
  let best = null
  let score = 0.12
  for (const c of pal) {
    const [r, g, b] = hexToRgb(c)
    const s = (g - Math.max(r, b)) / 255
    if (s > score) {
      score = s
      best = c
    }
  }
  return best ?? fallback
}

function svgDoc(spec, defs, body, w = 800, h = 1000) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="t">` +
    `<title id="t">${esc(spec.title)}</title>` +
    (defs ? `<defs>${defs}</defs>` : "") +
    body +
    `</svg>\n`
  )
}

/** Soft studio backdrop with a floor shadow. */
function backdrop(top, bottom, shadow = true, w = 800, h = 1000, shadowY = 905, shadowRx = 290) {
  const defs = `<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`
  const body =
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>` +
    (shadow ? `<ellipse cx="${w / 2}" cy="${shadowY}" rx="${shadowRx}" ry="34" fill="#000" opacity=".12"/>` : "")
  return { defs, body }
}

// ---------------------------------------------------------------------------
// Pattern tiles (brocade, embroidery, slip painting...)
// c = { g: ground, a, b, c: accents, d: leaf green }
// ---------------------------------------------------------------------------

function petals(cx, cy, r, count, color, center, rot = 0) {
  let s = `<g transform="translate(${n(cx)} ${n(cy)}) rotate(${n(rot)})" fill="${color}">`
  for (let k = 0; k < count; k++) {
    s += `<ellipse cy="${f1(-r * 0.55)}" rx="${f1(r * 0.26)}" ry="${f1(r * 0.48)}" transform="rotate(${n((k * 360) / count)})"/>`
  }
  return s + `<circle r="${f1(r * 0.26)}" fill="${center}"/></g>`
}
function rose(cx, cy, r, a, b) {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${a}"/><circle cx="${n(cx + r * 0.12)}" cy="${n(cy - r * 0.1)}" r="${n(r * 0.66)}" fill="${b}"/><circle cx="${n(cx + r * 0.05)}" cy="${n(cy - r * 0.05)}" r="${n(r * 0.34)}" fill="${a}"/>`
}
const leaf = (x, y, len, rot, color) =>
  `<path d="M0 0Q${n(len * 0.45)} ${n(-len * 0.38)} ${n(len)} 0Q${n(len * 0.45)} ${n(len * 0.38)} 0 0Z" fill="${color}" transform="translate(${n(x)} ${n(y)}) rotate(${n(rot)})"/>`

function starPoints(cx, cy, r1, r2, pts = 8) {
  const out = []
  for (let k = 0; k < pts * 2; k++) {
    const ang = (Math.PI * k) / pts - Math.PI / 2
    const r = k % 2 ? r2 : r1
    out.push(`${n(cx + r * Math.cos(ang))} ${n(cy + r * Math.sin(ang))}`)
  }
  return "M" + out.join(" ") + "Z"
}

const TILES = {
  rombo: (c) => ({
    w: 80,
    h: 80,
    s:
      `<rect width="80" height="80" fill="${c.g}"/>` +
      `<path d="M40 6 74 40 40 74 6 40Z" fill="none" stroke="${c.a}" stroke-width="7"/>` +
      `<path d="M40 22 58 40 40 58 22 40Z" fill="${c.b}"/><path d="M40 33 47 40 40 47 33 40Z" fill="${c.g}"/>` +
      `<path d="M0 0H11L0 11ZM80 0H69L80 11ZM0 80H11L0 69ZM80 80H69L80 69Z" fill="${c.c}"/>` +
      `<path d="M40 0V7M40 73V80M0 40H7M73 40H80" stroke="${c.c}" stroke-width="5"/>`,
  }),
  zigzag: (c) => ({
    w: 48,
    h: 48,
    s:
      `<rect width="48" height="48" fill="${c.g}"/>` +
      `<path d="M0 18 12 6 24 18 36 6 48 18M0 42 12 30 24 42 36 30 48 42" fill="none" stroke="${c.a}" stroke-width="6"/>` +
      `<path d="M0 30 12 18 24 30 36 18 48 30" fill="none" stroke="${c.b}" stroke-width="3"/>`,
  }),
  fret: (c) => ({
    w: 60,
    h: 60,
    s:
      `<rect width="60" height="60" fill="${c.g}"/>` +
      `<path d="M5 55V5H55V45H15V15H45V35H25V25H35" fill="none" stroke="${c.a}" stroke-width="6"/>` +
      `<path d="M0 0H4V4H0ZM56 56H60V60H56Z" fill="${c.b}"/>`,
  }),
  toad: (c) => ({
    w: 80,
    h: 80,
    s:
      `<rect width="80" height="80" fill="${c.g}"/>` +
      `<path d="M28 32 13 17 7 25M52 32 67 17 73 25M30 50 14 64 7 57M50 50 66 64 73 57" fill="none" stroke="${c.b}" stroke-width="5"/>` +
      `<path d="M40 16 55 38 40 64 25 38Z" fill="${c.a}"/>` +
      `<circle cx="35" cy="30" r="3" fill="${c.c}"/><circle cx="45" cy="30" r="3" fill="${c.c}"/>` +
      `<path d="M0 74 6 80H0ZM80 74 74 80H80Z" fill="${c.c}"/>`,
  }),
  star: (c) => ({
    w: 80,
    h: 80,
    s:
      `<rect width="80" height="80" fill="${c.g}"/>` +
      `<path d="${starPoints(40, 40, 32, 15)}" fill="${c.a}"/>` +
      `<path d="M40 29 51 40 40 51 29 40Z" fill="${c.b}"/><circle cx="40" cy="40" r="4" fill="${c.g}"/>` +
      `<circle cx="0" cy="0" r="6" fill="${c.c}"/><circle cx="80" cy="0" r="6" fill="${c.c}"/><circle cx="0" cy="80" r="6" fill="${c.c}"/><circle cx="80" cy="80" r="6" fill="${c.c}"/>`,
  }),
  maize: (c) => ({
    w: 60,
    h: 96,
    s:
      `<rect width="60" height="96" fill="${c.g}"/>` +
      `<path d="M30 0V96M30 74 12 56M30 74 48 56M30 42 14 26M30 42 46 26" fill="none" stroke="${c.d}" stroke-width="4"/>` +
      `<path d="M42 36C52 42 54 58 46 66C40 58 38 46 42 36Z" fill="${c.a}"/><path d="M18 36C8 42 6 58 14 66C20 58 22 46 18 36Z" fill="${c.b}"/>` +
      `<circle cx="30" cy="8" r="4" fill="${c.c}"/>`,
  }),
  birds: (c) => ({
    w: 100,
    h: 80,
    s:
      `<rect width="100" height="80" fill="${c.g}"/>` +
      `<path d="M14 48 30 30H52L64 18H76L70 30 60 44H40L30 58Z" fill="${c.a}"/>` +
      `<path d="M30 30 40 16 46 30Z" fill="${c.a}"/><rect x="64" y="22" width="5" height="5" fill="${c.g}"/>` +
      `<path d="${starPoints(86, 64, 11, 5)}" fill="${c.b}"/><path d="M0 76H100" stroke="${c.c}" stroke-width="4" stroke-dasharray="8 6"/>`,
  }),
  flowers: (c, rand) => {
    const pc = rand.shuffle([c.a, c.b, c.c])
    const s =
      `<rect width="140" height="140" fill="${c.g}"/>` +
      leaf(58, 30, 34, rand.int(-30, 30), c.d) +
      leaf(22, 96, 30, rand.int(150, 210), c.d) +
      leaf(112, 58, 30, rand.int(240, 300), c.d) +
      leaf(78, 118, 28, rand.int(60, 120), c.d) +
      (rand.chance(0.5) ? rose(35, 35, 24, pc[0], pc[1]) : petals(35, 35, 30, rand.int(5, 8), pc[0], pc[2], rand.int(0, 40))) +
      petals(105, 105, 32, rand.int(5, 9), pc[1], pc[2], rand.int(0, 40)) +
      `<circle cx="105" cy="30" r="5" fill="${pc[2]}"/><circle cx="28" cy="112" r="4" fill="${pc[0]}"/><circle cx="70" cy="72" r="4" fill="${pc[2]}"/>`
    return { w: 140, h: 140, s }
  },
  vine: (c) => ({
    w: 80,
    h: 40,
    s:
      `<rect width="80" height="40" fill="${c.g}"/>` +
      `<path d="M0 20Q20 6 40 20T80 20" fill="none" stroke="${c.d}" stroke-width="3"/>` +
      leaf(20, 13, 14, -60, c.d) +
      leaf(60, 27, 14, 120, c.d) +
      `<circle cx="40" cy="20" r="5" fill="${c.a}"/><circle cx="6" cy="30" r="3" fill="${c.b}"/><circle cx="74" cy="10" r="3" fill="${c.b}"/>`,
  }),
  stripes: (c, rand) => {
    const cols = [c.g, c.a, c.g, c.b, c.g, c.c]
    let y = 0
    let s = ""
    for (const col of cols) {
      const h = col === c.g ? rand.int(18, 40) : rand.int(4, 14)
      s += `<rect y="${y}" width="10" height="${h}" fill="${col}"/>`
      y += h
    }
    return { w: 10, h: y, s }
  },
  wool: (c) => {
    const hi = shade(c.g, 0.22)
    const lo = shade(c.g, -0.3)
    return {
      w: 28,
      h: 28,
      s:
        `<rect width="28" height="28" fill="${c.g}"/>` +
        `<path d="M4 2q4 7 0 13M15 0q4 7 0 13M9 14q4 7 0 13M21 13q4 7 0 13" fill="none" stroke="${hi}" stroke-width="2.2"/>` +
        `<path d="M10 1q3 6 0 11M25 5q3 6 0 11M3 16q3 6 0 11" fill="none" stroke="${lo}" stroke-width="2"/>`,
    }
  },
  spots: (c, rand) => {
    let s = `<rect width="90" height="90" fill="${c.g}"/>`
    for (const [x, y] of [
      [22, 22],
      [66, 40],
      [30, 70],
    ]) {
      const r = rand.int(8, 12)
      s += `<circle cx="${x + rand.int(-4, 4)}" cy="${y + rand.int(-4, 4)}" r="${r}" fill="${c.b}" stroke="${c.a}" stroke-width="4" stroke-dasharray="${n(r * 1.2)} 4"/>`
    }
    return { w: 90, h: 90, s: s + `<circle cx="76" cy="80" r="4" fill="${c.a}"/>` }
  },
  dots: (c) => ({
    w: 40,
    h: 40,
    s: `<rect width="40" height="40" fill="${c.g}"/><circle cx="10" cy="10" r="5" fill="${c.a}"/><circle cx="30" cy="30" r="5" fill="${c.b}"/><circle cx="30" cy="10" r="2" fill="${c.c}"/>`,
  }),
  lines: (c) => ({
    w: 60,
    h: 32,
    s: `<rect width="60" height="32" fill="${c.g}"/><path d="M0 16Q15 2 30 16T60 16" fill="none" stroke="${c.a}" stroke-width="4"/><circle cx="15" cy="26" r="3" fill="${c.b}"/><circle cx="45" cy="6" r="3" fill="${c.b}"/>`,
  }),
  leaves: (c) => ({
    w: 80,
    h: 80,
    s:
      `<rect width="80" height="80" fill="${c.g}"/>` +
      leaf(10, 20, 30, -20, c.a) +
      leaf(70, 60, 30, 160, c.b) +
      `<circle cx="60" cy="18" r="4" fill="${c.a}"/><circle cx="20" cy="62" r="4" fill="${c.b}"/>`,
  }),
  clear: (c) => ({
    w: 70,
    h: 70,
    s: `<rect width="70" height="70" fill="${c.g}"/><circle cx="20" cy="20" r="15" fill="${c.a}"/><circle cx="15" cy="15" r="4" fill="${c.c}" opacity=".7"/><circle cx="52" cy="52" r="11" fill="${c.b}"/><circle cx="49" cy="48" r="3" fill="${c.c}" opacity=".7"/>`,
  }),
  seeds: (c) => ({
    w: 64,
    h: 64,
    s:
      `<rect width="64" height="64" fill="${c.g}"/>` +
      `<ellipse cx="16" cy="16" rx="9" ry="6" fill="${c.a}" transform="rotate(30 16 16)"/><ellipse cx="46" cy="20" rx="7" ry="7" fill="${c.b}"/>` +
      `<ellipse cx="24" cy="46" rx="6" ry="9" fill="${c.c}"/><ellipse cx="50" cy="50" rx="8" ry="5" fill="${c.a}" transform="rotate(-25 50 50)"/>`,
  }),
}
const TILE_ALIAS = { feathers: "zigzag", plain: "zigzag", mask: "flowers", insect: "clear", bubbles: "clear" }

function pattern(id, motif, c, rand, scale = 1, rotate = 0) {
  const key = TILES[motif] ? motif : (TILE_ALIAS[motif] ?? "rombo")
  const t = TILES[key](c, rand)
  const tr = []
  if (rotate) tr.push(`rotate(${rotate})`)
  if (scale !== 1) tr.push(`scale(${scale})`)
  return `<pattern id="${id}" width="${t.w}" height="${t.h}" patternUnits="userSpaceOnUse"${tr.length ? ` patternTransform="${tr.join(" ")}"` : ""}>${t.s}</pattern>`
}

/** Colour roles for a pattern from a palette (ground = first colour). */
function roles(pal, rand, ground) {
  const g = ground ?? pal[0]
  const d = greenest(pal)
  const acc = rand.shuffle(pal.slice(1).filter((x) => x !== g && x !== d))
  while (acc.length < 3) acc.push(luminance(g) > 0.5 ? shade(g, -0.55) : shade(g, 0.6))
  return { g, a: acc[0], b: acc[1], c: acc[2], d }
}

// ---------------------------------------------------------------------------
// Textiles
// ---------------------------------------------------------------------------

const GARMENTS = {
  huipil: "M110 170H320Q400 250 480 170H690V900H110Z",
  blouse: "M275 150 340 135Q400 200 460 135L525 150 705 290 640 385 560 335V880H240V335L160 385 95 290Z",
  rebozo: "M215 80H585V800H215Z",
  runner: "M290 70H510V840H290Z",
  tablecloth: "M110 210H690V770H110Z",
  placemat: "M110 400H690V760H110Z",
  napkin: "M170 250H630V710H170Z",
  cushion: "M160 240Q400 278 640 240Q604 500 640 760Q400 722 160 760Q196 500 160 240Z",
  belt: "M60 440H740V560H60Z",
  vest: "M240 140 340 130 400 430 460 130 560 140Q590 240 650 300L632 880H168L150 300Q210 240 240 140Z",
  tunic: "M150 150H355Q400 195 445 150H650V910H150Z",
  tote: "M180 390H620L598 880H202Z",
  morral: "M200 420H600V830H200Z",
  clutch: "M150 440H650V770H150Z",
  crossbody: "M230 470H570Q590 470 590 490V800Q590 820 570 820H230Q210 820 210 800V490Q210 470 230 470Z",
}

const band = (x, y, w, h, fill, opacity) =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${opacity != null ? ` fill-opacity="${opacity}"` : ""}/>`
function border(x, y, w, c1, c2, h = 16) {
  return band(x, y, w, h, c1) + band(x, y + h * 0.35, w, h * 0.3, c2)
}

/** Decorations inside the garment (clipped). M = main motif fill, S = secondary, cl = colours. */
function garmentBands(shape, motif, M, S, cl, rand) {
  const j = () => rand.int(-20, 20)
  switch (shape) {
    case "huipil": {
      if (motif === "flowers") {
        return (
          `<path d="M100 160H700V${420 + j()}Q400 ${560 + j()} 100 ${420 + j()}Z" fill="${M}" stroke="${cl.a}" stroke-width="10"/>` +
          border(100, 820, 600, cl.a, cl.b, 22)
        )
      }
      const y = 250 + j()
      return (
        border(100, y - 18, 600, cl.a, cl.b) +
        band(100, y, 600, 230, M) +
        border(100, y + 230, 600, cl.a, cl.b) +
        band(100, y + 300 + j(), 600, 80, S) +
        (motif === "maize" ? "" : band(355, y + 420, 90, 400, M)) +
        border(100, 850, 600, cl.c, cl.a, 20) +
        `<path d="M297 170V900M503 170V900" stroke="#000" stroke-opacity=".12" stroke-width="3"/>`
      )
    }
    case "blouse":
      return (
        `<ellipse cx="400" cy="150" rx="${230 + j()}" ry="${200 + j()}" fill="${M}" stroke="${cl.a}" stroke-width="8"/>` +
        `<path d="M95 290 160 385 196 360 128 262ZM705 290 640 385 604 360 672 262Z" fill="${S}"/>` +
        band(230, 840, 340, 26, S)
      )
    case "rebozo": {
      if (motif === "stripes") return band(200, 60, 400, 760, M) + band(200, 690, 400, 70, S)
      if (motif === "flowers")
        return (
          band(200, 560 + j(), 400, 240, M) +
          border(200, 540, 400, cl.a, cl.b, 14) +
          band(200, 60, 400, 480, S) +
          band(200, 60, 400, 480, cl.g, 0.7)
        )
      return (
        band(200, 60, 400, 760, S) +
        band(200, 60, 400, 760, cl.g, 0.78) +
        border(200, 600, 400, cl.a, cl.b) +
        band(200, 620, 400, 160, M) +
        border(200, 780, 400, cl.a, cl.b)
      )
    }
    case "runner":
      return (
        band(280, 90, 240, 200 + j(), M) +
        band(280, 620 + j(), 240, 230, M) +
        band(372, 320, 56, 280, S) +
        band(290, 60, 14, 800, cl.a) +
        band(496, 60, 14, 800, cl.a)
      )
    case "tablecloth":
      return (
        band(100, 200, 600, 110, M) +
        band(100, 670, 600, 110, M) +
        band(100, 200, 110, 580, M) +
        band(590, 200, 110, 580, M) +
        `<path d="M400 380 510 490 400 600 290 490Z" fill="${S}"/>` +
        `<path d="M400 210V770" stroke="${cl.a}" stroke-width="4" stroke-dasharray="10 8"/>`
      )
    case "placemat":
      return band(100, 390, 190, 380, M) + band(300, 390, 14, 380, cl.a) + band(100, 390, 600, 14, cl.a) + band(100, 746, 600, 14, cl.a)
    case "napkin":
      return (
        band(420, 470, 220, 250, M) +
        `<path d="M185 265H615V695H185Z" fill="none" stroke="${cl.a}" stroke-width="8" stroke-dasharray="14 8"/>`
      )
    case "cushion":
      if (motif === "rombo")
        return (
          `<path d="M400 290 620 500 400 710 180 500Z" fill="${M}"/>` +
          border(140, 285, 520, cl.a, cl.b, 14) +
          border(140, 700, 520, cl.a, cl.b, 14)
        )
      return band(140, 370 + j(), 520, 250, M) + border(140, 350, 520, cl.a, cl.b) + border(140, 630, 520, cl.a, cl.b)
    case "belt":
      return band(40, 440, 720, 120, M) + band(40, 440, 720, 12, cl.a) + band(40, 548, 720, 12, cl.a)
    case "vest":
      return band(140, 560 + j(), 520, 60, S) + band(140, 850, 520, 40, cl.c)
    case "tunic":
      return band(140, 500, 520, 56, cl.c) + band(140, 516, 520, 8, cl.a)
    case "tote":
      return band(170, 520 + j(), 460, 230, M) + border(170, 500, 460, cl.a, cl.b) + border(170, 750, 460, cl.a, cl.b)
    case "morral":
      return (
        band(190, 410, 420, 430, S) + band(190, 520, 420, 200, M) + border(190, 500, 420, cl.a, cl.b) + border(190, 720, 420, cl.a, cl.b)
      )
    case "clutch":
      return band(140, 430, 520, 350, M) + `<path d="M150 440L400 610 650 440Z" fill="#000" opacity=".12"/>`
    case "crossbody":
      return band(200, 460, 400, 370, S) + `<path d="M200 460H600V620Q400 700 200 620Z" fill="${M}"/>` + border(200, 760, 400, cl.a, cl.b)
    default:
      return band(0, 300, 800, 300, M)
  }
}

/** Things drawn outside the clip: fringes, straps, tassels, bindings. */
function garmentExtras(shape, cl, rand) {
  const fringe = (x, y, w, h, col) => {
    let d = ""
    for (let X = x + 6; X < x + w; X += 12) d += `M${X} ${y}q${rand.int(-4, 4)} ${n(h / 2)} ${rand.int(-6, 6)} ${h + rand.int(-8, 8)}`
    return `<path d="${d}" fill="none" stroke="${col}" stroke-width="5" stroke-linecap="round"/>`
  }
  const tassel = (x, y, col, rot = 0) =>
    `<g transform="translate(${x} ${y}) rotate(${rot})"><path d="M0 0V16" stroke="${col}" stroke-width="6"/><path d="M-14 16h28l6 60h-40Z" fill="${col}"/><path d="M-10 26H10" stroke="#fff" stroke-opacity=".4" stroke-width="4"/></g>`
  const fr = shade(cl.g, luminance(cl.g) > 0.5 ? -0.12 : 0.1)
  switch (shape) {
    case "rebozo":
      return { under: "", over: fringe(215, 800, 370, 110, fr) }
    case "runner":
      return { under: "", over: fringe(290, 840, 220, 80, fr) }
    case "tablecloth":
      return { under: "", over: fringe(110, 770, 580, 60, fr) }
    case "placemat":
      return { under: `<path d="M150 300H730V660H150Z" fill="${shade(cl.g, -0.08)}" transform="rotate(-6 440 480)"/>`, over: "" }
    case "belt":
      return { under: "", over: tassel(60, 500, cl.a, 90) + tassel(740, 500, cl.a, -90) }
    case "vest":
      return { under: "", over: `<path d="M340 130 400 430 460 130" fill="none" stroke="${cl.c}" stroke-width="14"/>` }
    case "tote":
      return {
        under: `<path d="M262 392V300Q262 196 332 196H468Q538 196 538 300V392" fill="none" stroke="${shade(cl.a, -0.2)}" stroke-width="28"/>`,
        over: "",
      }
    case "morral":
      return {
        under: `<path d="M212 430 400 70 588 430" fill="none" stroke="${shade(cl.a, -0.1)}" stroke-width="30" stroke-linejoin="round"/>`,
        over: fringe(200, 830, 400, 50, cl.a) + tassel(200, 830, cl.b) + tassel(600, 830, cl.b),
      }
    case "crossbody":
      return {
        under: `<path d="M232 480 400 110 568 480" fill="none" stroke="${shade(cl.a, -0.15)}" stroke-width="20" stroke-linejoin="round"/>`,
        over: "",
      }
    case "clutch":
      return {
        under: "",
        over: `<path d="M160 448H640" stroke="#888" stroke-width="6"/><rect x="620" y="440" width="16" height="44" rx="5" fill="#bbb"/>`,
      }
    case "huipil":
    case "tunic":
      return { under: "", over: "" }
    default:
      return { under: "", over: "" }
  }
}

function renderTextile(spec, rand, detail) {
  const pal = spec.palette
  const shape = GARMENTS[spec.shape] ? spec.shape : "huipil"
  const motif = spec.motif
  const cl = roles(pal, rand)
  const secondaryChoices =
    motif === "flowers"
      ? ["vine"]
      : motif === "wool"
        ? ["stripes"]
        : motif === "stripes"
          ? ["zigzag", "fret"]
          : ["zigzag", "fret", "star", "rombo", "toad"].filter((m) => m !== motif)
  const secondary = rand.pick(secondaryChoices)
  const scale = detail ? 2.6 : rand.pick([0.8, 1, 1])
  const mainGround =
    motif === "wool" || motif === "stripes" || motif === "flowers"
      ? cl.g
      : rand.chance(0.3)
        ? shade(cl.g, luminance(cl.g) > 0.5 ? -0.08 : 0.08)
        : cl.g
  const mRoles = roles(pal, rand, mainGround)
  const sRoles = roles(pal, rand, secondary === "vine" ? cl.g : cl.a === cl.g ? cl.b : rand.pick([cl.g, cl.a]))
  if (sRoles.a === sRoles.g) sRoles.a = cl.b
  const rot = (shape === "rebozo" || shape === "runner") && motif === "stripes" ? 90 : 0
  let defs =
    pattern("M", motif, mRoles, rand, scale, rot) +
    pattern("S", secondary, sRoles, rand, detail ? 2.2 : 1) +
    `<pattern id="w" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 3H6M3 0V6" stroke="#000" stroke-opacity=".06"/></pattern>`

  if (detail) {
    const bg = backdrop(cl.g, cl.g, false)
    const y1 = rand.int(120, 220)
    const body =
      bg.body +
      band(0, 0, 800, 1000, motif === "wool" ? "url(#M)" : "url(#S)") +
      (motif === "wool"
        ? ""
        : band(0, y1, 800, 600, "url(#M)") + border(0, y1 - 30, 800, cl.a, cl.b, 30) + border(0, y1 + 600, 800, cl.a, cl.b, 30)) +
      band(0, 0, 800, 1000, "url(#w)") +
      `<rect width="800" height="1000" fill="url(#v)"/>`
    defs +=
      bg.defs +
      `<radialGradient id="v" r=".75"><stop offset=".6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".35"/></radialGradient>`
    return svgDoc(spec, defs, body)
  }

  const bgTop = mix("#f6f1e8", pal[1] ?? "#cccccc", 0.07)
  const bg = backdrop(bgTop, mix(bgTop, "#b9a88f", 0.35), true, 800, 1000, shape === "belt" ? 700 : 935, shape === "belt" ? 330 : 300)
  const base = motif === "wool" || (motif === "stripes" && shape !== "cushion") ? "url(#M)" : cl.g
  const extras = garmentExtras(shape, cl, rand)
  defs +=
    bg.defs +
    `<path id="s" d="${GARMENTS[shape]}"/><clipPath id="k"><use xlink:href="#s"/></clipPath>` +
    (shape === "cushion"
      ? `<radialGradient id="pf" cx=".45" cy=".42" r=".62"><stop offset=".3" stop-color="#fff" stop-opacity=".12"/><stop offset="1" stop-color="#000" stop-opacity=".3"/></radialGradient>`
      : "") +
    `<linearGradient id="sh" x2="1"><stop offset="0" stop-color="#fff" stop-opacity=".14"/><stop offset=".5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".18"/></linearGradient>`
  const beltRot = shape === "belt" ? ` transform="rotate(-28 400 500)"` : ""
  let body =
    bg.body +
    `<g${beltRot}>` +
    extras.under +
    `<use xlink:href="#s" transform="translate(12 16)" fill="#000" opacity=".13"/>` +
    `<use xlink:href="#s" fill="${base}"/>` +
    `<g clip-path="url(#k)">${garmentBands(shape, motif, "url(#M)", "url(#S)", cl, rand)}<rect width="800" height="1000" fill="url(#w)"/></g>` +
    `<use xlink:href="#s" fill="url(#${shape === "cushion" ? "pf" : "sh"})"/>` +
    `<use xlink:href="#s" fill="none" stroke="${shade(cl.g, -0.35)}" stroke-opacity=".5" stroke-width="3"/>` +
    extras.over +
    `</g>`
  if (shape === "huipil" || shape === "blouse" || shape === "tunic") {
    // neck opening
    const neck =
      shape === "huipil" ? "M320 170Q400 250 480 170" : shape === "tunic" ? "M355 150Q400 195 445 150" : "M340 135Q400 200 460 135"
    body += `<path d="${neck}" fill="none" stroke="${shade(cl.g, -0.4)}" stroke-width="6" stroke-linecap="round"/>`
  }
  return svgDoc(spec, defs, body)
}

// ---------------------------------------------------------------------------
// Jaguar (pottery and wood share the silhouette)
// ---------------------------------------------------------------------------

function insideEllipse(x, y, cx, cy, rx, ry, m = 0.82) {
  const dx = (x - cx) / rx
  const dy = (y - cy) / ry
  return dx * dx + dy * dy < m * m
}

function jaguar(rand, body, dark, light, spotFill, burned) {
  const back = shade(body, -0.12)
  let s =
    `<path d="M200 520C120 500 92 420 140 352" fill="none" stroke="${body}" stroke-width="32" stroke-linecap="round"/>` +
    `<path d="M147 362C130 385 122 405 124 425" fill="none" stroke="${dark}" stroke-width="30" stroke-linecap="round" stroke-dasharray="14 18"/>` +
    `<g stroke="${dark}" stroke-opacity=".3" stroke-width="3"><rect x="240" y="560" width="60" height="235" rx="28" fill="${back}"/><rect x="500" y="560" width="60" height="235" rx="28" fill="${back}"/>` +
    `<ellipse cx="400" cy="535" rx="232" ry="118" fill="${body}"/>` +
    `<rect x="300" y="570" width="62" height="235" rx="28" fill="${body}"/><rect x="555" y="560" width="62" height="245" rx="28" fill="${body}"/>` +
    `<circle cx="600" cy="352" r="28" fill="${body}"/><circle cx="684" cy="350" r="28" fill="${body}"/><circle cx="600" cy="354" r="13" fill="${dark}"/><circle cx="684" cy="352" r="13" fill="${dark}"/>` +
    `<circle cx="642" cy="432" r="94" fill="${body}"/>` +
    `</g><ellipse cx="690" cy="478" rx="54" ry="40" fill="${light}"/>` +
    `<path d="M690 450 716 462 690 480 672 462Z" fill="${dark}"/><path d="M690 480V500M660 510Q690 526 722 506" fill="none" stroke="${dark}" stroke-width="5" stroke-linecap="round"/>` +
    `<ellipse cx="616" cy="418" rx="14" ry="10" fill="${light}"/><ellipse cx="668" cy="414" rx="14" ry="10" fill="${light}"/><ellipse cx="618" cy="418" rx="4" ry="9" fill="${dark}"/><ellipse cx="670" cy="414" rx="4" ry="9" fill="${dark}"/>` +
    `<path d="M250 790h50M310 800h50M505 790h50M560 800h50" stroke="${dark}" stroke-width="6" stroke-linecap="round" opacity=".5"/>`
  // rosettes
  const spots = []
  for (let tries = 0; spots.length < (burned ? 21 : 26) && tries < 400; tries++) {
    const x = rand.range(180, 730)
    const y = rand.range(340, 780)
    const ok =
      insideEllipse(x, y, 400, 535, 232, 118) ||
      (insideEllipse(x, y, 642, 432, 94, 94, 0.75) && !insideEllipse(x, y, 690, 478, 60, 46, 1) && y < 400) ||
      (((x > 306 && x < 356) || (x > 561 && x < 611)) && y > 640 && y < 770)
    if (!ok || spots.some(([a, b]) => Math.hypot(a - x, b - y) < 42)) continue
    spots.push([x, y])
  }
  for (const [x, y] of spots) {
    const r = rand.int(9, 15)
    if (burned)
      s += `<path d="M${n(x - r)} ${n(y)}a${r} ${r} 0 1 1 ${n(r * 1.6)} ${n(r * 0.9)}" fill="none" stroke="${dark}" stroke-width="5" stroke-linecap="round"/><circle cx="${n(x)}" cy="${n(y)}" r="3" fill="${dark}"/>`
    else
      s += `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${spotFill}" stroke="${dark}" stroke-width="5" stroke-dasharray="${n(r * 1.3)} 5"/>`
  }
  return s
}

// ---------------------------------------------------------------------------
// Pottery
// ---------------------------------------------------------------------------

function dove(x, y, sc, body, wing, line, beak, rand, flip = false) {
  const t = `translate(${n(x)} ${n(y)}) scale(${flip ? -sc : sc} ${sc})`
  let s =
    `<g transform="${t}">` +
    `<g stroke="${line}" stroke-opacity=".3" stroke-width="4"><path d="M-170-40-330-150Q-380-40-340 60L-170 40Z" fill="${wing}"/>` +
    `<ellipse rx="210" ry="128" fill="${body}"/>` +
    `<circle cx="180" cy="-98" r="78" fill="${body}"/></g>` +
    `<path d="M-320-120-220-30M-345-40H-220M-330 40-220 20" stroke="${line}" stroke-width="6"/>` +
    `<path d="M248-106 302-90 248-74Z" fill="${beak}"/><circle cx="202" cy="-110" r="10" fill="${line}"/>` +
    `<path d="M-140-40Q10-150 160-30Q20 90-140 30Z" fill="${wing}"/>`
  for (let k = 0; k < 4; k++)
    s += `<path d="M${-110 + k * 55}-${60 - k * 8}q30 45 ${20 + k * 6} 95" fill="none" stroke="${line}" stroke-width="6"/>`
  for (let k = 0; k < 7; k++)
    s += `<circle cx="${-150 + k * 48}" cy="${n(80 - Math.abs(k - 3) * 6)}" r="${rand.int(5, 8)}" fill="${line}"/>`
  return s + `</g>`
}

function vesselPath(profile) {
  // profile: [[r, y], ...] from top lip to base; mirrored around x = 400
  const right = profile.map(([r, y]) => [400 + r, y])
  const left = profile.map(([r, y]) => [400 - r, y]).reverse()
  const smooth = (pts) => {
    let d = ""
    for (let i = 1; i < pts.length; i++) {
      const [x0, y0] = pts[i - 1]
      const [x1, y1] = pts[i]
      d += `C${n(x0)} ${n(y0 + (y1 - y0) * 0.5)} ${n(x1)} ${n(y1 - (y1 - y0) * 0.5)} ${n(x1)} ${n(y1)}`
    }
    return d
  }
  return `M${n(left[left.length - 1][0])} ${n(profile[0][1])}H${n(right[0][0])}${smooth(right)}H${n(left[0][0])}${smooth(left)}Z`
}

function renderPottery(spec, rand, detail) {
  const pal = spec.palette
  const [base, c1, c2, c3, c4] = [pal[0], pal[1], pal[2], pal[3], pal[4] ?? pal[1]]
  const dark = luminance(c2) < luminance(c3) ? c2 : c3
  const red = luminance(c1) < 0.6 ? c1 : c2
  const light = luminance(c1) > 0.7 ? c1 : mix(base, "#ffffff", 0.6)
  if (detail) {
    const defs =
      pattern("P", spec.motif, { g: base, a: dark, b: red === dark ? light : red, c: light, d: dark }, rand, 2.4) +
      `<radialGradient id="hl" cx=".3" cy=".25" r=".9"><stop offset="0" stop-color="#fff" stop-opacity=".28"/><stop offset=".55" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".3"/></radialGradient>`
    let blotches = ""
    for (let k = 0; k < 9; k++)
      blotches += `<ellipse cx="${rand.int(0, 800)}" cy="${rand.int(0, 1000)}" rx="${rand.int(60, 180)}" ry="${rand.int(40, 120)}" fill="${rand.pick(["#000", "#fff", c4])}" opacity=".07"/>`
    const body = `<rect width="800" height="1000" fill="url(#P)"/>${blotches}<rect width="800" height="1000" fill="url(#hl)"/>`
    return svgDoc(spec, defs, body)
  }
  const bg =
    luminance(base) > 0.7
      ? backdrop("#e4d3b8", "#c4a57c", true, 800, 1000, 860, 300)
      : backdrop("#f5eee2", "#e0d0b7", true, 800, 1000, 860, 300)
  let defs =
    bg.defs +
    `<radialGradient id="hl" cx=".32" cy=".3" r=".8"><stop offset="0" stop-color="#fff" stop-opacity=".3"/><stop offset=".6" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".22"/></radialGradient>`
  let body = bg.body
  const flip = rand.chance(0.5)
  const flipT = flip ? ` transform="translate(800 0) scale(-1 1)"` : ""
  switch (spec.shape) {
    case "jaguar": {
      body += `<g${flipT}>${jaguar(rand, base, dark, light, rand.chance(0.5) ? red : base, false)}</g>`
      break
    }
    case "dove":
      body += dove(400, 580, 1, base, rand.chance(0.5) ? red : shade(base, -0.1), dark, c4, rand, flip)
      break
    case "doves":
      body +=
        dove(250, 480, 0.5, base, red, dark, c4, rand, false) +
        dove(560, 560, 0.55, light, red, dark, c4, rand, true) +
        dove(330, 760, 0.6, shade(base, 0.15), dark, red, c4, rand, false)
      break
    case "jar":
    case "planter": {
      const jar = spec.shape === "jar"
      const prof = jar
        ? [
            [88, 200],
            [70, 250],
            [210 + rand.int(-15, 15), 420],
            [250 + rand.int(-15, 10), 570],
            [200, 740],
            [130, 850],
          ]
        : [
            [235, 420],
            [225, 470],
            [200, 650],
            [150, 850],
          ]
      const d = vesselPath(prof)
      defs +=
        `<path id="s" d="${d}"/><clipPath id="k"><use xlink:href="#s"/></clipPath>` +
        pattern("Z", spec.motif, { g: red, a: light, b: dark, c: light, d: dark }, rand, 0.9)
      body += `<use xlink:href="#s" fill="${base}"/><g clip-path="url(#k)">`
      if (jar) {
        body +=
          band(0, 360, 800, 80, "url(#Z)") +
          band(0, 352, 800, 8, dark) +
          band(0, 440, 800, 8, dark) +
          band(0, 640, 800, 36, red) +
          band(0, 200, 800, 24, red)
      } else {
        body += band(0, 440, 800, 40, red) + band(0, 780, 800, 70, "url(#Z)")
      }
      body += `<rect width="800" height="1000" fill="url(#hl)"/></g>`
      if (jar) {
        body += `<path d="M${400 - 150} 330q-80 10-70 90M${400 + 150} 330q80 10 70 90" fill="none" stroke="${shade(base, -0.12)}" stroke-width="22" stroke-linecap="round"/>`
        body += `<ellipse cx="400" cy="200" rx="88" ry="16" fill="${shade(base, -0.45)}"/>`
      } else {
        const g = greenest(pal, "#4f8a3c")
        body = body.replace(
          `<use xlink:href="#s"`,
          `${leaf(400, 420, 170, -120, g)}${leaf(400, 420, 190, -70, shade(g, 0.15))}${leaf(400, 420, 150, -30, g)}${leaf(400, 420, 160, -150, shade(g, -0.1))}<use xlink:href="#s"`
        )
        body += `<ellipse cx="400" cy="420" rx="235" ry="34" fill="${shade(base, -0.4)}"/><ellipse cx="400" cy="416" rx="235" ry="30" fill="none" stroke="${shade(base, 0.1)}" stroke-width="10"/>`
        // jaguar face
        body +=
          `<circle cx="335" cy="530" r="30" fill="${base}" stroke="${dark}" stroke-width="4"/><circle cx="465" cy="530" r="30" fill="${base}" stroke="${dark}" stroke-width="4"/>` +
          `<circle cx="400" cy="620" r="100" fill="${light}" stroke="${dark}" stroke-width="4"/>` +
          `<ellipse cx="365" cy="600" rx="13" ry="9" fill="${dark}"/><ellipse cx="435" cy="600" rx="13" ry="9" fill="${dark}"/>` +
          `<path d="M400 640 418 654 400 668 382 654Z" fill="${dark}"/><path d="M400 668V684M372 690Q400 706 428 690" fill="none" stroke="${dark}" stroke-width="5"/>`
        for (let k = 0; k < 7; k++) {
          const a = (Math.PI * 2 * k) / 7
          body += `<circle cx="${n(400 + 70 * Math.cos(a))}" cy="${n(620 + 70 * Math.sin(a))}" r="9" fill="none" stroke="${dark}" stroke-width="4" stroke-dasharray="9 4"/>`
        }
      }
      break
    }
    case "plate": {
      const count = rand.int(8, 12)
      body += `<ellipse cx="412" cy="528" rx="318" ry="318" fill="#000" opacity=".1"/><circle cx="400" cy="510" r="315" fill="${base}"/><circle cx="400" cy="510" r="262" fill="none" stroke="${red}" stroke-width="14"/>`
      for (let k = 0; k < count; k++) body += leaf(400, 510, 220, (360 * k) / count, k % 2 ? red : dark)
      for (let k = 0; k < 24; k++) {
        const a = (Math.PI * 2 * k) / 24
        body += `<circle cx="${n(400 + 290 * Math.cos(a))}" cy="${n(510 + 290 * Math.sin(a))}" r="7" fill="${dark}"/>`
      }
      body += petals(400, 510, 60, 8, light, red) + `<circle cx="400" cy="510" r="315" fill="url(#hl)"/>`
      break
    }
    default:
      body += dove(400, 580, 1, base, red, dark, c4, rand)
  }
  return svgDoc(spec, defs, body)
}

// ---------------------------------------------------------------------------
// Amber
// ---------------------------------------------------------------------------

function renderAmber(spec, rand, detail) {
  const pal = spec.palette
  const [bgc, mid, deep, light, silver] = [pal[0], pal[1], pal[2], pal[3], pal[4] ?? "#c9ccd1"]
  let defs =
    `<radialGradient id="bg" cx=".5" cy=".42" r=".75"><stop offset="0" stop-color="${shade(bgc, 0.16)}"/><stop offset="1" stop-color="${bgc}"/></radialGradient>` +
    `<radialGradient id="am" cx=".36" cy=".3" r=".85"><stop offset="0" stop-color="${light}" stop-opacity=".95"/><stop offset=".45" stop-color="${mid}" stop-opacity=".92"/><stop offset="1" stop-color="${deep}"/></radialGradient>` +
    `<radialGradient id="an" cx=".4" cy=".35" r=".8"><stop offset="0" stop-color="${mix(light, mid, 0.5)}" stop-opacity=".95"/><stop offset=".5" stop-color="${deep}" stop-opacity=".92"/><stop offset="1" stop-color="${shade(deep, -0.35)}"/></radialGradient>` +
    `<linearGradient id="ag" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(silver, 0.6)}"/><stop offset=".5" stop-color="${shade(silver, -0.25)}"/><stop offset="1" stop-color="${shade(silver, 0.4)}"/></linearGradient>`
  let body = `<rect width="800" height="1000" fill="url(#bg)"/>`
  const shine = (cx, cy, rx, ry, rot = -30) =>
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="#fff" opacity=".42" transform="rotate(${rot} ${n(cx)} ${n(cy)})"/>`
  const bubbles = (cx, cy, spread, count) => {
    let s = ""
    for (let k = 0; k < count; k++)
      s += `<circle cx="${n(cx + rand.range(-spread, spread))}" cy="${n(cy + rand.range(-spread, spread))}" r="${rand.int(2, 7)}" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="2"/>`
    return s
  }
  const insect = (x, y, sc) =>
    `<g transform="translate(${x} ${y}) scale(${sc}) rotate(${rand.int(-40, 40)})" opacity=".78"><ellipse rx="26" ry="9" fill="#2a1406"/><circle cx="30" r="8" fill="#2a1406"/>` +
    `<path d="M-8-6-22-30M4-6-4-32M14-6 20-30M-8 6-22 30M4 6-4 32M14 6 20 30M36-4 54-20M36 4 54 16" stroke="#2a1406" stroke-width="2.5" fill="none"/>` +
    `<ellipse cx="-6" cy="-22" rx="30" ry="11" fill="#fff" opacity=".35" transform="rotate(-20)"/><ellipse cx="-6" cy="22" rx="30" ry="11" fill="#fff" opacity=".3" transform="rotate(20)"/></g>`
  const drop = (s) =>
    `M400 ${n(360 * s)}C${n(400 + 70 * s)} ${n(450 * s)} ${n(400 + 130 * s)} ${n(540 * s)} ${n(400 + 130 * s)} ${n(630 * s)}A${n(130 * s)} ${n(130 * s)} 0 0 1 ${n(400 - 130 * s)} ${n(630 * s)}C${n(400 - 130 * s)} ${n(540 * s)} ${n(400 - 70 * s)} ${n(450 * s)} 400 ${n(360 * s)}Z`

  if (detail) {
    let flows = ""
    for (let k = 0; k < 6; k++) {
      const y = rand.int(80, 920)
      flows += `<path d="M-20 ${y}C200 ${y + rand.int(-120, 120)} 500 ${y + rand.int(-120, 120)} 820 ${y + rand.int(-80, 80)}" fill="none" stroke="${light}" stroke-opacity=".25" stroke-width="${rand.int(6, 24)}"/>`
    }
    body = `<rect width="800" height="1000" fill="url(#am)"/>${flows}${bubbles(400, 500, 360, 22)}${shine(250, 220, 180, 60)}`
    if (spec.motif === "insect") body += insect(430, 560, 3.2)
    return svgDoc(spec, defs, body)
  }
  const chain = (x1, x2, y) =>
    `<path d="M${x1} -10Q${n((x1 + 400) / 2)} ${n(y * 0.9)} 400 ${y}M${x2} -10Q${n((x2 + 400) / 2)} ${n(y * 0.9)} 400 ${y}" fill="none" stroke="url(#ag)" stroke-width="6" stroke-dasharray="12 5"/>`
  const bail = (y) => `<rect x="386" y="${y}" width="28" height="42" rx="10" fill="none" stroke="url(#ag)" stroke-width="8"/>`
  switch (spec.shape) {
    case "pendant":
      body +=
        chain(170, 630, 330) + bail(322) + `<path d="${drop(1)}" fill="url(#am)"/>${bubbles(400, 620, 70, 6)}${shine(350, 540, 34, 70, 20)}`
      break
    case "earrings":
      for (const x of [-130, 130]) {
        body +=
          `<g transform="translate(${x} 0)"><path d="M400 300V250Q400 200 440 200Q480 200 470 250" fill="none" stroke="url(#ag)" stroke-width="6"/><circle cx="400" cy="305" r="10" fill="url(#ag)"/>` +
          `<g transform="translate(172 100) scale(.57)"><path d="${drop(1)}" fill="url(#${x < 0 ? "am" : "an"})"/>${shine(350, 540, 34, 70, 20)}</g></g>`
      }
      break
    case "bracelet": {
      const beads = 15
      body += `<ellipse cx="400" cy="520" rx="250" ry="205" fill="none" stroke="${shade(bgc, 0.25)}" stroke-width="4"/>`
      for (let k = 0; k < beads; k++) {
        const a = (Math.PI * 2 * k) / beads - Math.PI / 2
        const x = 400 + 250 * Math.cos(a)
        const y = 520 + 205 * Math.sin(a)
        const r = rand.int(36, 48)
        body += `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="url(#${rand.chance(0.5) ? "am" : "an"})"/><ellipse cx="${n(x - r * 0.3)}" cy="${n(y - r * 0.35)}" rx="${n(r * 0.3)}" ry="${n(r * 0.18)}" fill="#fff" opacity=".45"/>`
      }
      break
    }
    case "necklace": {
      const beads = 23
      for (let k = 0; k < beads; k++) {
        const t = k / (beads - 1)
        const x = (1 - t) ** 2 * 150 + 2 * (1 - t) * t * 400 + t * t * 650
        const y = (1 - t) ** 2 * 60 + 2 * (1 - t) * t * 1010 + t * t * 60
        const r = 14 + 22 * (1 - Math.abs(t - 0.5) * 2)
        body += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="url(#${k % 3 ? "am" : "an"})"/><circle cx="${n(x - r * 0.3)}" cy="${n(y - r * 0.35)}" r="${n(r * 0.22)}" fill="#fff" opacity=".45"/>`
      }
      body += `<rect x="130" y="40" width="40" height="18" rx="6" fill="url(#ag)"/><rect x="630" y="40" width="40" height="18" rx="6" fill="url(#ag)"/>`
      break
    }
    case "ring":
      body +=
        `<ellipse cx="400" cy="640" rx="185" ry="80" fill="none" stroke="url(#ag)" stroke-width="26"/>` +
        `<ellipse cx="400" cy="520" rx="128" ry="96" fill="url(#ag)"/><ellipse cx="400" cy="512" rx="112" ry="82" fill="url(#am)"/>` +
        `${bubbles(400, 520, 50, 4)}${shine(360, 480, 40, 18, -20)}`
      break
    case "heart":
      body +=
        `<path d="M400 420V160" stroke="#5a3a22" stroke-width="8"/>` +
        `<path d="M400 760C180 600 170 430 260 382C330 342 390 380 400 430C410 380 470 342 540 382C630 430 620 600 400 760Z" fill="url(#am)"/>` +
        `${bubbles(400, 560, 90, 7)}${shine(300, 470, 50, 26, -40)}<circle cx="400" cy="440" r="9" fill="${shade(bgc, 0.1)}"/>`
      break
    case "inclusion":
      body +=
        chain(160, 640, 300) +
        bail(292) +
        `<path d="M400 330C520 330 590 450 585 580C580 710 500 790 400 790C300 790 220 710 215 580C210 450 280 330 400 330Z" fill="url(#am)"/>` +
        insect(410, 570, 1.6) +
        bubbles(400, 560, 120, 8) +
        shine(320, 470, 48, 90, 25)
      break
    case "maize": {
      const cob = "M400 330C485 360 505 500 488 650C475 750 432 800 400 808C368 800 325 750 312 650C295 500 315 360 400 330Z"
      defs += `<clipPath id="k"><path d="${cob}"/></clipPath>`
      defs += `<pattern id="kp" width="28" height="60" patternUnits="userSpaceOnUse"><g fill="${light}" opacity=".35"><ellipse cx="14" cy="15" rx="12" ry="13"/><ellipse cx="0" cy="45" rx="12" ry="13"/><ellipse cx="28" cy="45" rx="12" ry="13"/></g></pattern>`
      const kernels = `<rect x="300" y="320" width="200" height="500" fill="url(#kp)"/>`
      body +=
        chain(170, 630, 300) +
        bail(292) +
        `<path d="${cob}" fill="url(#am)"/><g clip-path="url(#k)">${kernels}</g>` +
        `<path d="M400 812C330 760 300 700 290 640C330 700 370 740 400 760C430 740 470 700 510 640C500 700 470 760 400 812Z" fill="url(#an)"/>${shine(360, 450, 26, 70, 10)}`
      break
    }
    default:
      body += `<path d="${drop(1)}" fill="url(#am)"/>`
  }
  return svgDoc(spec, defs, body)
}

// ---------------------------------------------------------------------------
// Lacquer (laca) and painted flowers
// ---------------------------------------------------------------------------

function lacquerFlowers(rand, pal, cx, cy, spread, count, size) {
  const flowerCols = pal.slice(1).filter((c) => luminance(c) > 0.25 && greenest([c], null) === null)
  const green = greenest(pal, "#2f8a3c")
  let s = ""
  for (let k = 0; k < count; k++) {
    const x = cx + rand.range(-spread, spread)
    const y = cy + rand.range(-spread * 0.35, spread * 0.35)
    const r = size * rand.range(0.75, 1.2)
    s += leaf(x, y, r * 1.6, rand.int(-20, 40), green) + leaf(x, y, r * 1.5, rand.int(140, 200), shade(green, 0.15))
    s += `<path d="M${n(x - r * 1.4)} ${n(y + r * 0.2)}q${n(r * 0.4)} ${n(-r * 0.9)} ${n(r * 0.9)} ${n(-r * 0.4)}" fill="none" stroke="${rand.pick(flowerCols)}" stroke-width="3"/>`
    const a = rand.pick(flowerCols)
    const b = rand.pick(flowerCols.filter((c) => c !== a)) ?? "#fff"
    s += rand.chance(0.5) ? petals(x, y, r, rand.int(5, 7), a, b, rand.int(0, 60)) : rose(x, y, r * 0.7, a, b)
  }
  return s
}

function bowl(rand, pal, outer, inner, x, y, sc, flowers = 4) {
  return (
    `<g transform="translate(${x} ${y}) scale(${sc})">` +
    `<path d="M-230 0Q-225 345 0 360Q225 345 230 0Z" fill="${outer}"/>` +
    `<g clip-path="url(#bk)">${lacquerFlowers(rand, pal, 0, 190, 150, flowers, 34)}</g>` +
    `<ellipse rx="230" ry="60" fill="${inner}"/><ellipse cy="10" rx="200" ry="44" fill="${shade(inner, -0.25)}"/>` +
    `<path d="M-230 0Q-225 345 0 360Q225 345 230 0Z" fill="url(#gl)"/></g>`
  )
}

function renderLacquer(spec, rand, detail) {
  const pal = spec.palette
  const [ground, second] = [pal[0], pal[1]]
  let defs =
    `<linearGradient id="gl" x2="1"><stop offset="0" stop-color="#fff" stop-opacity=".22"/><stop offset=".35" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".25"/></linearGradient>` +
    `<clipPath id="bk"><path d="M-230 0Q-225 345 0 360Q225 345 230 0Z"/></clipPath>`
  if (detail) {
    const body =
      `<rect width="800" height="1000" fill="${ground}"/>` +
      lacquerFlowers(rand, pal, 400, 280, 320, 4, 70) +
      lacquerFlowers(rand, pal, 400, 720, 320, 4, 70) +
      `<rect width="800" height="1000" fill="url(#gl)"/><path d="M0 120Q400 60 800 160" stroke="#fff" stroke-opacity=".12" stroke-width="40" fill="none"/>`
    return svgDoc(spec, defs, body)
  }
  const bg = backdrop("#f3e9d7", "#d9c29c", true, 800, 1000, 860, 290)
  defs += bg.defs
  let body = bg.body
  switch (spec.shape) {
    case "bowl":
      body += bowl(rand, pal, ground, second, 400, 460, 1.2)
      break
    case "bowls":
      body +=
        bowl(rand, pal, ground, second, 400, 470, 1.2, 3) +
        bowl(rand, pal, second, ground, 210, 700, 0.55, 2) +
        bowl(rand, pal, ground, pal[2] ?? second, 600, 720, 0.45, 2)
      break
    case "tray": {
      body +=
        `<ellipse cx="412" cy="540" rx="335" ry="335" fill="#000" opacity=".14"/><circle cx="400" cy="520" r="330" fill="${shade(ground, 0.12)}"/><circle cx="400" cy="520" r="290" fill="${ground}"/>` +
        `<circle cx="400" cy="520" r="310" fill="none" stroke="${second}" stroke-width="8"/>` +
        lacquerFlowers(rand, pal, 400, 520, 150, 6, 48)
      const bird = (x, y, c, flip) =>
        `<path d="M0 0Q30-34 70-20L96-30 86-8Q60 26 10 14L-30 34-12 6Z" fill="${c}" transform="translate(${x} ${y}) scale(${flip ? -1 : 1} 1)"/>`
      body += bird(300, 360, pal[2] ?? "#f2c12e", false) + bird(520, 690, pal[4] ?? "#fff", true)
      for (let k = 0; k < 28; k++) {
        const a = (Math.PI * 2 * k) / 28
        body += `<circle cx="${n(400 + 310 * Math.cos(a))}" cy="${n(520 + 310 * Math.sin(a))}" r="6" fill="${rand.pick(pal.slice(2))}"/>`
      }
      body += `<circle cx="400" cy="520" r="330" fill="url(#gl)"/>`
      break
    }
    case "chest": {
      defs += `<clipPath id="ck"><path d="M170 460H630V770H170Z"/></clipPath>`
      body +=
        `<rect x="185" y="770" width="40" height="30" fill="${shade(ground, 0.1)}"/><rect x="575" y="770" width="40" height="30" fill="${shade(ground, 0.1)}"/>` +
        `<path d="M170 460H630V770H170Z" fill="${ground}"/>` +
        `<g clip-path="url(#ck)">${lacquerFlowers(rand, pal, 400, 620, 160, 4, 44)}</g>` +
        `<path d="M170 460V370Q400 290 630 370V460Z" fill="${shade(ground, 0.08)}"/>` +
        `<path d="M170 460H630" stroke="${second}" stroke-width="12"/>` +
        lacquerFlowers(rand, pal, 400, 390, 140, 3, 26) +
        `<rect x="380" y="446" width="40" height="56" rx="6" fill="#c9a23a" stroke="#8a6a1e" stroke-width="3"/>` +
        `<path d="M170 290H630V770H170Z" fill="url(#gl)"/>`
      break
    }
    default:
      body += bowl(rand, pal, ground, second, 400, 460, 1.2)
  }
  return svgDoc(spec, defs, body)
}

// ---------------------------------------------------------------------------
// Wood: carvings, masks, gourds
// ---------------------------------------------------------------------------

function grain(rand, color, count, w = 800, h = 1000) {
  let d = ""
  for (let k = 0; k < count; k++) {
    const y = rand.int(0, h)
    d += `M-10 ${y}C${n(w * 0.3)} ${y + rand.int(-60, 60)} ${n(w * 0.6)} ${y + rand.int(-60, 60)} ${w + 10} ${y + rand.int(-40, 40)}`
  }
  return `<path d="${d}" fill="none" stroke="${color}" stroke-opacity=".35" stroke-width="3"/>`
}

function renderWood(spec, rand, detail) {
  const pal = spec.palette
  const [bgc, wood, dark, light, accent] = [pal[0], pal[1], pal[2], pal[3], pal[4] ?? pal[2]]
  if (detail) {
    let body = `<rect width="800" height="1000" fill="${spec.shape === "mask" ? pal[1] : wood}"/>` + grain(rand, dark, 22)
    if (spec.shape === "toucan") {
      const [, black, yellow, green, orange] = pal
      body =
        `<rect width="800" height="1000" fill="${black}"/>` +
        `<linearGradient id="bk" x2="1"><stop offset=".1" stop-color="${green}"/><stop offset=".55" stop-color="${yellow}"/><stop offset=".85" stop-color="${orange}"/><stop offset="1" stop-color="#c62828"/></linearGradient>` +
        `<path d="M120 380Q520 240 860 470Q520 560 140 640Z" fill="url(#bk)"/><path d="M140 640Q520 600 840 500" fill="none" stroke="${black}" stroke-width="8"/>` +
        `<ellipse cx="60" cy="500" rx="120" ry="300" fill="${yellow}"/><circle cx="70" cy="330" r="56" fill="${green}"/><circle cx="70" cy="330" r="22" fill="${black}"/>` +
        grain(rand, "#ffffff", 8)
    } else if (spec.shape === "gourd") {
      body = `<rect width="800" height="1000" fill="${wood}"/>`
      for (let k = 0; k < 3; k++) {
        const y = 180 + k * 300
        body += `<path d="M-20 ${y}C150 ${y - 120} 300 ${y + 120} 460 ${y}S700 ${y - 120} 820 ${y}" fill="none" stroke="${light}" stroke-width="26"/>`
        for (let i = 0; i < 5; i++) body += leaf(80 + i * 160, y + rand.int(-40, 40), 70, rand.int(0, 360), light)
      }
      body += `<circle cx="400" cy="500" r="620" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="500"/>`
    } else if (spec.shape === "mask") {
      body = `<rect width="800" height="1000" fill="${pal[0]}"/>` + grain(rand, pal[4], 10)
      let d = ""
      for (let k = 0; k < 60; k++) d += `M${rand.int(0, 800)} 0q${rand.int(-60, 60)} 500 ${rand.int(-120, 120)} 1000`
      body += `<path d="${d}" fill="none" stroke="${pal[3]}" stroke-width="7" stroke-opacity=".8"/>`
    } else {
      for (let k = 0; k < 16; k++) {
        const x = rand.int(60, 740)
        const y = rand.int(60, 940)
        const r = rand.int(16, 30)
        body += `<path d="M${x - r} ${y}a${r} ${r} 0 1 1 ${n(r * 1.6)} ${n(r * 0.9)}" fill="none" stroke="${dark}" stroke-width="9" stroke-linecap="round"/><circle cx="${x}" cy="${y}" r="6" fill="${dark}"/>`
      }
    }
    return svgDoc(spec, "", body)
  }
  const bg = backdrop(shade(bgc, 0.3), bgc, true, 800, 1000, 850, 300)
  let defs = bg.defs
  let body = bg.body
  switch (spec.shape) {
    case "jaguar":
      body += `<g${rand.chance(0.5) ? ` transform="translate(800 0) scale(-1 1)"` : ""}>${jaguar(rand, wood, dark, light, wood, true)}</g>`
      break
    case "toucan": {
      const [, black, yellow, green, orange] = pal
      body +=
        `<path d="M90 760Q400 700 720 770" fill="none" stroke="${pal[5] ?? "#4b2e1a"}" stroke-width="36" stroke-linecap="round"/>` +
        `<path d="M330 700 300 900H360Z" fill="${black}"/>` +
        `<ellipse cx="360" cy="520" rx="120" ry="200" fill="${black}" transform="rotate(12 360 520)"/>` +
        `<ellipse cx="395" cy="420" rx="70" ry="90" fill="${yellow}"/>` +
        `<path d="M330 690 350 650" stroke="${accent}" stroke-width="22"/>` +
        `<circle cx="400" cy="330" r="80" fill="${black}"/>` +
        `<linearGradient id="bk" x2="1"><stop offset=".1" stop-color="${green}"/><stop offset=".55" stop-color="${yellow}"/><stop offset=".85" stop-color="${orange}"/><stop offset="1" stop-color="#c62828"/></linearGradient>` +
        `<path d="M440 290Q600 250 720 330Q600 360 450 370Z" fill="url(#bk)"/><path d="M450 370Q600 380 705 345" stroke="${black}" stroke-width="4" fill="none"/>` +
        `<circle cx="420" cy="315" r="20" fill="${green}"/><circle cx="420" cy="315" r="8" fill="${black}"/>` +
        `<path d="M380 760V790M410 760V790" stroke="#6b6b6b" stroke-width="10"/>`
      break
    }
    case "mask": {
      const [, skin, eye, hair, line, red] = pal
      let d = ""
      for (let k = 0; k <= 46; k++) {
        const a = Math.PI * (0.95 + (1.1 * k) / 46)
        const r0 = 200
        const r1 = 330 + rand.int(-20, 30)
        d += `M${n(400 + r0 * Math.cos(a))} ${n(520 + r0 * Math.sin(a))}Q${n(400 + r1 * 0.8 * Math.cos(a) + rand.int(-20, 20))} ${n(520 + r1 * 0.8 * Math.sin(a))} ${n(400 + r1 * Math.cos(a))} ${n(560 + r1 * Math.sin(a) + 90)}`
      }
      body +=
        `<path d="M150 800Q400 980 650 800L690 1000H110Z" fill="${red}"/><path d="M150 830Q400 1000 650 830" fill="none" stroke="${hair}" stroke-width="10"/>` +
        `<path d="${d}" fill="none" stroke="${hair}" stroke-width="8" stroke-linecap="round"/>` +
        `<ellipse cx="400" cy="560" rx="175" ry="230" fill="${skin}"/>` +
        `<ellipse cx="310" cy="640" rx="40" ry="26" fill="${red}" opacity=".35"/><ellipse cx="490" cy="640" rx="40" ry="26" fill="${red}" opacity=".35"/>` +
        `<path d="M300 480Q340 455 375 478M425 478Q460 455 500 480" fill="none" stroke="${line}" stroke-width="9" stroke-linecap="round"/>` +
        `<path d="M305 520Q340 498 372 522Q340 540 305 520ZM428 522Q460 498 495 520Q460 540 428 522Z" fill="#fff"/>` +
        `<circle cx="340" cy="520" r="13" fill="${eye}"/><circle cx="462" cy="520" r="13" fill="${eye}"/><circle cx="340" cy="520" r="5" fill="${line}"/><circle cx="462" cy="520" r="5" fill="${line}"/>` +
        `<path d="M400 530Q385 610 372 625Q400 640 428 625" fill="none" stroke="${shade(skin, -0.25)}" stroke-width="7"/>` +
        `<path d="M345 690Q400 730 455 690" fill="none" stroke="${red}" stroke-width="10" stroke-linecap="round"/>` +
        `<path d="M350 668Q400 655 450 668" fill="none" stroke="${line}" stroke-width="5"/>` +
        `<ellipse cx="400" cy="560" rx="175" ry="230" fill="url(#gl)"/>`
      defs += `<linearGradient id="gl" x2="1"><stop offset="0" stop-color="#fff" stop-opacity=".2"/><stop offset=".45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".18"/></linearGradient>`
      break
    }
    case "gourd": {
      defs +=
        `<clipPath id="k"><circle cx="400" cy="540" r="290"/></clipPath>` +
        `<radialGradient id="sp" cx=".35" cy=".3" r=".8"><stop offset="0" stop-color="#fff" stop-opacity=".18"/><stop offset="1" stop-color="#000" stop-opacity=".35"/></radialGradient>`
      let carve = ""
      carve += `<path d="M100 600C220 470 330 700 420 560S620 470 720 560" fill="none" stroke="${light}" stroke-width="16"/>`
      for (let k = 0; k < 9; k++) carve += leaf(140 + k * 60, 560 + rand.int(-70, 70), 44, rand.int(0, 360), light)
      const bird = (x, y, sc, flip) =>
        `<path d="M0 0Q40-50 100-30L140-46 126-14Q90 40 20 24L-40 54-16 10Z" fill="${light}" transform="translate(${x} ${y}) scale(${flip ? -sc : sc} ${sc})"/>`
      carve += bird(260, 420, 1.1, false) + bird(560, 720, 1, true) + bird(560, 400, 0.8, true)
      carve += `<path d="M100 300 140 270 180 300 220 270 260 300 300 270 340 300 380 270 420 300 460 270 500 300 540 270 580 300 620 270 660 300 700 270" fill="none" stroke="${light}" stroke-width="10"/>`
      body +=
        `<circle cx="400" cy="540" r="290" fill="${dark}"/><g clip-path="url(#k)">${carve}</g>` +
        `<ellipse cx="400" cy="285" rx="150" ry="26" fill="${shade(dark, -0.4)}"/><ellipse cx="400" cy="281" rx="150" ry="22" fill="none" stroke="${wood}" stroke-width="6"/>` +
        `<circle cx="400" cy="540" r="290" fill="url(#sp)"/>`
      break
    }
    default:
      body += jaguar(rand, wood, dark, light, wood, true)
  }
  return svgDoc(spec, defs, body)
}

// ---------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------

function renderSeeds(spec, rand, detail) {
  const pal = spec.palette
  const cols = pal.slice(1)
  const seed = (x, y, rx, ry, rot, c, shine = true) =>
    `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rot)})"><ellipse rx="${n(rx)}" ry="${n(ry)}" fill="${c}"/>` +
    (shine
      ? `<ellipse cx="${n(-rx * 0.3)}" cy="${n(-ry * 0.35)}" rx="${n(rx * 0.3)}" ry="${n(ry * 0.2)}" fill="#fff" opacity=".4"/>`
      : "") +
    `</g>`
  if (detail) {
    let body = `<rect width="800" height="1000" fill="${shade(pal[0], -0.1)}"/>`
    for (let k = 0; k < 28; k++)
      body += seed(rand.int(20, 780), rand.int(20, 980), rand.int(26, 40), rand.int(18, 28), rand.int(0, 180), rand.pick(cols))
    return svgDoc(spec, "", body)
  }
  const bg = backdrop(shade(pal[0], 0.4), pal[0], false)
  let body = bg.body
  if (spec.shape === "earrings") {
    for (const x of [290, 510]) {
      body += `<path d="M${x} 330V250Q${x} 200 ${x + 40} 200Q${x + 80} 200 ${x + 70} 250" fill="none" stroke="#b8b8b8" stroke-width="6"/>`
      body += `<path d="M${x} 330V740" stroke="#d9c7a3" stroke-width="3"/>`
      for (let k = 0; k < 9; k++) body += seed(x, 350 + k * 44, 16 - k * 0.4, 22 - k * 0.5, 0, k % 3 === 1 ? cols[0] : cols[2])
    }
  } else {
    const count = 30
    body += `<path d="M150 60Q400 1040 650 60" fill="none" stroke="${shade(pal[0], -0.3)}" stroke-width="3"/>`
    const seq = spec.motif === "seeds" ? [cols[0], cols[0], cols[1], cols[3]] : cols
    for (let k = 0; k < count; k++) {
      const t = k / (count - 1)
      const x = (1 - t) ** 2 * 150 + 2 * (1 - t) * t * 400 + t * t * 650
      const y = (1 - t) ** 2 * 60 + 2 * (1 - t) * t * 1040 + t * t * 60
      const dx = 2 * (1 - t) * (400 - 150) + 2 * t * (650 - 400)
      const dy = 2 * (1 - t) * (1040 - 60) + 2 * t * (60 - 1040)
      const rot = (Math.atan2(dy, dx) * 180) / Math.PI
      body += seed(x, y, 24, 16, rot, seq[k % seq.length], false)
    }
    body += seed(400, 600, 40, 56, 0, cols[1]) + `<circle cx="400" cy="548" r="6" fill="${pal[0]}"/>`
  }
  return svgDoc(spec, bg.defs, body)
}

// ---------------------------------------------------------------------------
// Toys
// ---------------------------------------------------------------------------

function renderToy(spec, rand, detail) {
  const pal = spec.palette
  if (detail) {
    const cl = roles(pal, rand)
    return svgDoc(spec, pattern("P", spec.motif, cl, rand, 2.4), `<rect width="800" height="1000" fill="url(#P)"/>`)
  }
  switch (spec.shape) {
    case "whistle":
      return renderPottery({ ...spec, shape: "dove" }, rand, false)
    case "doll": {
      const [bgc, skirt, blouse, belt, hair] = pal
      const bg = backdrop(bgc, shade(bgc, -0.12), true, 800, 1000, 900, 200)
      const defs = bg.defs + pattern("W", "wool", { g: skirt, a: skirt, b: skirt, c: skirt, d: skirt }, rand)
      const body =
        bg.body +
        `<path d="M300 520 210 890H590L500 520Z" fill="url(#W)"/>` +
        `<path d="M300 330H500L530 540H270Z" fill="${blouse}"/>` +
        `<path d="M300 330 230 480 262 500 320 400ZM500 330 570 480 538 500 480 400Z" fill="${blouse}"/>` +
        `<circle cx="246" cy="500" r="20" fill="#8d5a3b"/><circle cx="554" cy="500" r="20" fill="#8d5a3b"/>` +
        `<path d="M330 360H470L460 400H340Z" fill="#fff" opacity=".35"/><path d="M340 372 356 386 372 372 388 386 404 372 420 386 436 372 452 386 468 372" fill="none" stroke="${belt}" stroke-width="5"/>` +
        `<rect x="268" y="520" width="264" height="34" fill="${belt}"/>` +
        `<circle cx="400" cy="250" r="92" fill="#8d5a3b"/>` +
        `<path d="M308 240Q310 150 400 150Q490 150 492 240Q470 190 400 190Q330 190 308 240Z" fill="${hair}"/>` +
        `<path d="M318 270Q300 420 330 520M482 270Q500 420 470 520" fill="none" stroke="${hair}" stroke-width="16" stroke-linecap="round"/>` +
        `<circle cx="370" cy="256" r="7" fill="#2a1a10"/><circle cx="430" cy="256" r="7" fill="#2a1a10"/><path d="M380 292Q400 304 420 292" fill="none" stroke="${belt}" stroke-width="5"/>` +
        `<rect x="300" y="888" width="70" height="20" rx="8" fill="#3b2a20"/><rect x="430" y="888" width="70" height="20" rx="8" fill="#3b2a20"/>`
      return svgDoc(spec, defs, body)
    }
    case "maracas": {
      const bg = backdrop("#f3e9d7", "#d9c29c", true, 800, 1000, 880, 260)
      let body = bg.body
      for (const [x, rot, g] of [
        [300, -18, pal[0]],
        [500, 18, pal[1]],
      ]) {
        body +=
          `<g transform="rotate(${rot} ${x} 600)"><rect x="${x - 18}" y="560" width="36" height="300" rx="14" fill="#c79a6a"/><path d="M${x - 18} 800h36" stroke="#8a5a32" stroke-width="6"/>` +
          `<ellipse cx="${x}" cy="420" rx="140" ry="165" fill="${g}"/>` +
          lacquerFlowers(rand, pal, x, 420, 60, 2, 34) +
          `<ellipse cx="${x - 50}" cy="350" rx="40" ry="70" fill="#fff" opacity=".15"/></g>`
      }
      return svgDoc(spec, bg.defs, body)
    }
    case "bow": {
      const [bgc, wood, dark, light, red] = pal
      const bg = backdrop(shade(bgc, 0.35), bgc, false)
      let body =
        bg.body +
        `<path d="M260 110Q520 500 260 890" fill="none" stroke="${dark}" stroke-width="22" stroke-linecap="round"/><path d="M260 110V890" stroke="${light}" stroke-width="3"/>`
      body += `<path d="M248 470h24v60h-24z" fill="${red}"/>`
      for (const [y, rot] of [
        [300, -8],
        [500, 0],
        [700, 8],
      ]) {
        body +=
          `<g transform="rotate(${rot} 420 ${y})"><path d="M170 ${y}H690" stroke="${wood}" stroke-width="10" stroke-linecap="round"/>` +
          `<path d="M180 ${y}l40-26h50l-30 26 30 26h-50Z" fill="${rand.pick([red, dark, light])}"/>` +
          `<circle cx="696" cy="${y}" r="14" fill="${dark}"/></g>`
      }
      return svgDoc(spec, bg.defs, body)
    }
    case "canoe": {
      const [bgc, wood, dark, light] = pal
      const bg = backdrop(shade(bgc, 0.35), bgc, false)
      const body =
        bg.body +
        `<path d="M0 700Q200 670 400 700T800 700V1000H0Z" fill="#7fb3c8"/><path d="M40 760q60-20 120 0M300 800q60-20 120 0M560 750q60-20 120 0" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="6"/>` +
        `<path d="M90 560Q400 640 710 560L680 640Q400 730 120 640Z" fill="${wood}"/><path d="M110 575Q400 650 690 575Q400 610 110 575Z" fill="${dark}"/>` +
        `<path d="M120 640Q400 730 680 640" fill="none" stroke="${light}" stroke-width="6" stroke-opacity=".6"/>` +
        `<path d="M300 380 360 640M520 360 470 640" stroke="${light}" stroke-width="12" stroke-linecap="round"/>` +
        `<ellipse cx="292" cy="360" rx="22" ry="58" fill="${light}" transform="rotate(-12 292 360)"/><ellipse cx="528" cy="340" rx="22" ry="58" fill="${light}" transform="rotate(10 528 340)"/>`
      return svgDoc(spec, bg.defs, body)
    }
    default:
      return renderPottery({ ...spec, shape: "dove" }, rand, false)
  }
}

// ---------------------------------------------------------------------------
// Cooperative covers (1200×800 landscapes)
// ---------------------------------------------------------------------------

function ridge(rand, baseY, amp, step, w = 1200) {
  let d = `M0 ${baseY}`
  let y = baseY
  for (let x = step; x <= w + step; x += step) {
    const ny = baseY - rand.range(0, amp)
    d += `Q${n(x - step / 2)} ${n(Math.min(y, ny) - amp * 0.25)} ${n(x)} ${n(ny)}`
    y = ny
  }
  return d + `V800H0Z`
}

function renderCover(spec, rand) {
  const pal = spec.palette
  const W = 1200
  const H = 800
  const green = greenest(pal, "#4f7d3a")
  const scene = spec.scene ?? "highlands"
  const skyTop = scene === "forest" ? "#cfe3d8" : scene === "river" ? "#f6d7a8" : "#bcd6ea"
  const skyBottom = scene === "river" ? "#fbeedb" : "#f4efe4"
  const hill = scene === "forest" ? "#2f5d3a" : scene === "valley" ? "#7c9a55" : "#4d6b4a"
  const cl = roles(pal, rand)
  const defs =
    `<linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient>` +
    pattern("M", spec.motif, cl, rand, 1.2)
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`
  body += `<circle cx="${rand.int(180, 1020)}" cy="${rand.int(110, 190)}" r="${rand.int(46, 64)}" fill="#fff3c4" opacity=".9"/>`
  for (let k = 0; k < 3; k++) {
    const x = rand.int(60, 1100)
    const y = rand.int(70, 220)
    body += `<path d="M${x} ${y}h${rand.int(80, 160)}a26 26 0 0 0-40-30a34 34 0 0 0-62 4a22 22 0 0 0-30 26Z" fill="#fff" opacity=".75"/>`
  }
  const layers =
    scene === "valley"
      ? [
          [420, 90],
          [500, 70],
          [560, 40],
        ]
      : scene === "river"
        ? [
            [380, 220],
            [470, 150],
            [540, 60],
          ]
        : [
            [400, 170],
            [480, 130],
            [550, 80],
          ]
  layers.forEach(([y, amp], i) => {
    body += `<path d="${ridge(rand, y, amp, scene === "forest" ? 70 : 150)}" fill="${mix(hill, skyBottom, 0.55 - i * 0.25)}"/>`
  })
  if (scene === "forest") {
    for (let k = 0; k < 26; k++)
      body += `<circle cx="${rand.int(0, W)}" cy="${rand.int(520, 600)}" r="${rand.int(30, 60)}" fill="${mix(hill, green, rand.range(0, 0.5))}"/>`
  }
  if (scene === "river") {
    body += `<path d="M0 590Q300 560 600 585T1200 575V620H0Z" fill="#6aa5b8"/><path d="M80 592h90M420 588h120M820 584h80" stroke="#fff" stroke-opacity=".6" stroke-width="4"/>`
  }
  if (scene === "highlands") {
    for (let k = 0; k < 14; k++) {
      const x = rand.int(0, W)
      const y = rand.int(520, 590)
      body += `<path d="M${x} ${y - 60}l22 60h-44Z" fill="${shade(hill, -0.25)}"/>`
    }
  }
  // small houses on the hillside
  for (let k = 0; k < 5; k++) {
    const x = rand.int(80, 1100)
    const y = rand.int(550, 590)
    body += `<rect x="${x}" y="${y}" width="44" height="30" fill="#efe6d6"/><path d="M${x - 6} ${y}l28-20 28 20Z" fill="${rand.pick(["#a4442f", "#7a5a3a", "#8c8c8c"])}"/><rect x="${x + 16}" y="${y + 12}" width="12" height="18" fill="#5a3d2b"/>`
  }
  // foreground field and textile band
  body += `<rect y="600" width="${W}" height="40" fill="${mix(hill, green, 0.3)}"/>`
  body += `<rect y="640" width="${W}" height="160" fill="url(#M)"/>` + band(0, 630, W, 14, cl.a) + band(0, 634, W, 6, cl.b)
  return svgDoc(spec, defs, body, W, H)
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const RENDERERS = {
  textile: renderTextile,
  bag: renderTextile,
  pottery: renderPottery,
  amber: renderAmber,
  lacquer: renderLacquer,
  wood: renderWood,
  seeds: renderSeeds,
  toy: renderToy,
}

function render(spec) {
  const rand = makeRand(spec.seed)
  if (spec.kind === "cover") return renderCover(spec, rand)
  const fn = RENDERERS[spec.kind] ?? renderTextile
  return fn(spec, rand, spec.view === "detail")
}

function main(args) {
  if (args.includes("--help") || args.includes("-h")) {
    console.log("Usage: node scripts/demo-images/generate-images.mjs [--out DIR]\n")
    console.log(`Renders the ${SPECS.replace(`${root}/`, "")} illustrations into ${STATIC_DIR.replace(`${root}/`, "")} (or DIR).`)
    return
  }
  const outIndex = args.indexOf("--out")
  if (outIndex !== -1 && !args[outIndex + 1]) throw new Error("--out needs a folder")
  const OUT_DIR = outIndex === -1 ? STATIC_DIR : resolve(args[outIndex + 1])
  const specs = JSON.parse(readFileSync(SPECS, "utf8"))
  mkdirSync(OUT_DIR, { recursive: true })
  let total = 0
  let largest = { file: "", bytes: 0 }
  const oversize = []
  for (const spec of specs) {
    const svg = render(spec)
    const bytes = Buffer.byteLength(svg)
    if (bytes > MAX_BYTES) oversize.push(`${spec.file} (${bytes} B)`)
    if (bytes > largest.bytes) largest = { file: spec.file, bytes }
    total += bytes
    writeFileSync(join(OUT_DIR, spec.file), svg)
  }
  console.log(`Rendered ${specs.length} SVGs into ${OUT_DIR}: ${total} bytes total, largest ${largest.file} (${largest.bytes} B)`)
  if (oversize.length) {
    console.error(`Over ${MAX_BYTES} bytes: ${oversize.join(", ")}`)
    process.exitCode = 1
  }
}

main(process.argv.slice(2))
