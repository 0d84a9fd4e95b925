// Small builders for the reader's own UI. Everything is made with createElement/setAttribute/createTextNode:
// Firefox blocks styles and images that arrive through parsed HTML under a strict page CSP
// (../shared/BROWSER-TESTS.md, "Page CSP"), and page text must never be parsed as markup.

export type Child = Node | string | null | undefined | false;

/** An element owned by `doc` with string attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | undefined> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** 20×20 stroke icons, drawn by the reader itself (no page markup, no network). */
const ICONS = {
  close: 'M5 5l10 10M15 5L5 15',
  print: 'M6 8V3h8v5M6 14H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1h-2M6 12h8v5H6z',
  type: 'M3 16l4-11 4 11M4.5 12h5M12.5 16l2.75-7 2.75 7M13.4 13.8h3.7',
  removed: 'M4 6h12M8 6V4h4v2M6 6l1 10h6l1-10',
  save: 'M10 3v9M6 8l4 4 4-4M4 14v2h12v-2',
  listen: 'M3 8h3l4-3v10l-4-3H3zM13 7.5a3.5 3.5 0 0 1 0 5M15 5a7 7 0 0 1 0 10',
  site: 'M10 3a7 7 0 1 0 0 14a7 7 0 1 0 0-14M3 10h14M10 3c2 2.2 2.8 4.5 2.8 7s-.8 4.8-2.8 7M10 3C8 5.2 7.2 7.5 7.2 10s.8 4.8 2.8 7',
} as const;

export type IconName = keyof typeof ICONS;

export function icon(doc: Document, name: IconName): SVGSVGElement {
  return svgIcon(doc, ICONS[name]);
}

/** A 20×20 icon of one path, hidden from screen readers (its button carries the label); Listen draws its own paths. */
export function svgIcon(doc: Document, d: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'nd-icon');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  svg.appendChild(path);
  return svg;
}
