/**
 * The stage's only way to build DOM. Text goes in as text nodes, attributes through setAttribute:
 * names and message texts are attacker-controlled even here, so there is no innerHTML anywhere.
 */
export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;
export type Child = Node | string | null | undefined | false;

export function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) el.removeAttribute(name);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Sets an attribute only when it changes: recycled rows must mutate as little as the real page. */
export function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * `span[data-icon=name]` with an inline SVG whose <title> is the icon name, as WDS icons do
 * (whatsapp-dom.md §5). The drawing is a neutral shape: only the hooks matter.
 */
export function icon(name: string | null, attrs: Attrs = {}, shape = 'M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z'): HTMLSpanElement {
  const span = h('span', { 'data-icon': name, 'aria-hidden': attrs['aria-label'] ? null : 'true', ...attrs });
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  if (name) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = name;
    svg.append(title);
  }
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-opacity', '0.55');
  path.setAttribute('d', shape);
  svg.append(path);
  span.append(svg);
  return span;
}
