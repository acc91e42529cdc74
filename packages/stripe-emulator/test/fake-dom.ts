/**
 * A deliberately tiny DOM stand-in (no jsdom in the repo) that is just enough to run the
 * `/v3` script's Payment Element in node's vm: innerHTML is parsed shallowly into elements
 * addressable by id, and input events can be dispatched.
 */
import vm from "node:vm"

type Listener = (ev: any) => void

export class FakeElement {
  attrs: Record<string, string> = {}
  children: FakeElement[] = []
  parent: FakeElement | null = null
  listeners: Record<string, Listener[]> = {}
  value = ""
  textContent = ""
  readOnly = false
  className = ""
  name = ""
  title = ""
  src = ""
  private html = ""

  constructor(
    readonly tagName: string,
    private readonly doc: FakeDocument
  ) {}

  get id(): string {
    return this.attrs.id ?? ""
  }
  set id(v: string) {
    this.attrs.id = v
  }
  setAttribute(k: string, v: string) {
    this.attrs[k] = String(v)
  }
  getAttribute(k: string) {
    return this.attrs[k] ?? null
  }
  appendChild(child: FakeElement) {
    child.parent = this
    this.children.push(child)
    return child
  }
  remove() {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this)
    this.parent = null
  }
  contains(el: FakeElement | null): boolean {
    return !!el && (el === this || this.children.some((c) => c.contains(el)))
  }
  addEventListener(type: string, cb: Listener) {
    this.listeners[type] = [...(this.listeners[type] ?? []), cb]
  }
  dispatch(type: string) {
    for (const cb of this.listeners[type] ?? []) cb({ type, target: this })
  }
  focus() {
    this.doc.activeElement = this
  }
  blur() {
    this.doc.activeElement = null
  }
  get innerHTML() {
    return this.html
  }
  set innerHTML(html: string) {
    this.html = html
    this.children = []
    const tagRe = /<(input|select|p|label|div|option|strong)\b([^>]*)>/g
    for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
      const el = new FakeElement(m[1].toUpperCase(), this.doc)
      for (const a of m[2].matchAll(/([\w-]+)="([^"]*)"/g)) el.attrs[a[1]] = a[2]
      if (el.attrs.name) el.name = el.attrs.name
      if (el.tagName === "OPTION" && / selected/.test(m[2])) {
        const select = [...this.children].reverse().find((c) => c.tagName === "SELECT")
        if (select) select.value = el.attrs.value
      }
      this.appendChild(el)
    }
  }
  find(pred: (el: FakeElement) => boolean): FakeElement | null {
    for (const c of this.children) {
      if (pred(c)) return c
      const deep = c.find(pred)
      if (deep) return deep
    }
    return null
  }
}

export class FakeDocument {
  activeElement: FakeElement | null = null
  head = new FakeElement("HEAD", this)
  body = new FakeElement("BODY", this)
  createElement(tag: string) {
    return new FakeElement(tag.toUpperCase(), this)
  }
  getElementById(id: string) {
    return this.head.find((e) => e.id === id) ?? this.body.find((e) => e.id === id)
  }
  querySelector(sel: string) {
    return sel.startsWith("#") ? this.getElementById(sel.slice(1)) : null
  }
  byName(name: string) {
    return this.body.find((e) => e.name === name)
  }
}

/** Runs the `/v3` script in a fresh context; returns the window-like global. */
export function loadStripeJs(script: string, language = "en-US") {
  const document = new FakeDocument()
  const messageListeners: Listener[] = []
  const assigned: string[] = []
  const ctx: any = {
    document,
    navigator: { language },
    fetch,
    URL,
    setTimeout,
    console,
    location: { href: "http://shop.test/checkout", assign: (url: string) => assigned.push(url) },
    addEventListener: (type: string, cb: Listener) => type === "message" && messageListeners.push(cb),
    removeEventListener: (_type: string, cb: Listener) => messageListeners.splice(messageListeners.indexOf(cb), 1),
  }
  ctx.window = ctx
  vm.createContext(ctx)
  vm.runInContext(script, ctx)
  const fill = (name: string, value: string) => {
    const input = document.byName(name)!
    input.value = value
    input.dispatch("input")
  }
  const postMessage = (origin: string, data: unknown) => {
    for (const cb of messageListeners.slice()) cb({ origin, data })
  }
  return { window: ctx, document, assigned, fill, postMessage, messageListeners }
}
