// Turns the engine's sanitized HTML into nodes of the live page, rebuilt one by one through an allow-list.
// Why rebuild instead of innerHTML: under a strict page CSP, Firefox blocks images and styles that arrive through
// parsed HTML in the page, while nodes made with createElement/setAttribute load (../shared/BROWSER-TESTS.md,
// "Page CSP"). Why an allow-list when the engine's sanitizer already ran (the browser's own in the extension,
// src/platform/native-sanitizer.ts): defence in depth; if
// anything ever bypasses the sanitizer, scripts, event attributes, styles and unsafe URLs still never reach the
// overlay. The HTML is parsed in an inert document (DOMParser): nothing in it runs or loads. What may pass is the
// engine's policy (src/declutter/policy.ts), so the extension's sanitizer and this allow-list keep the same attributes.
import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS, isPlaceholder } from '../../declutter/lazy-images';
import { MARKER_ATTR } from '../../declutter/marker';
import { FORBIDDEN_TAGS, GLOBAL_ATTRS, SAFE_DATA_IMAGE, TAG_ATTRS } from '../../declutter/policy';

/** Tags kept as they are. Anything else is unwrapped (its children kept), unless listed in DROP_WITH_CONTENT. */
const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code',
  'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p',
  'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/**
 * Tags whose content must not survive either: the engine's forbidden tags, plus what the reader has no use for
 * (media, canvas, image maps, form parts and a stray head).
 */
const DROP_WITH_CONTENT = new Set([
  ...FORBIDDEN_TAGS, 'optgroup', 'canvas', 'video', 'audio', 'track', 'map', 'area', 'head',
]);

/** Attributes whose value must be a whole number (table spans, image sizes, list numbering). */
const NUMERIC_ATTRS = new Set(['width', 'height', 'colspan', 'rowspan', 'span', 'start', 'value']);

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** `href` made absolute against the page and kept only when http(s) or mailto; null otherwise. */
export function safeLink(value: string, base: string): string | null {
  const v = value.trim();
  // A bare fragment points at an id in the page; ids are not kept in the reader, so it would lead nowhere.
  if (v === '' || v.startsWith('#')) return null;
  try {
    const url = new URL(v, base);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Image URL made absolute and kept only when http(s) or a raster data:image; null otherwise. */
export function safeImageUrl(value: string, base: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (/^data:/i.test(v)) return SAFE_DATA_IMAGE.test(v) ? v : null;
  try {
    const url = new URL(v, base);
    return IMAGE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A srcset with every candidate's URL checked like an image src; null when no candidate is left. */
export function safeSrcset(value: string, base: string): string | null {
  // Candidates are separated by commas followed by whitespace; data: URIs hold commas without spaces.
  const out: string[] = [];
  for (const candidate of value.split(/,\s+/)) {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    if (!url || /^data:/i.test(url)) continue;
    const safe = safeImageUrl(url, base);
    const desc = descriptor.join(' ');
    if (safe && /^(?:\d+(?:\.\d+)?[wx])?$/.test(desc)) out.push(desc ? `${safe} ${desc}` : safe);
  }
  return out.length ? out.join(', ') : null;
}

/** The parsed document's <body>: an inert document that never runs scripts nor loads anything. */
function parseInert(doc: Document, html: string): HTMLElement {
  // In a content script the global DOMParser belongs to the extension's world; under jsdom (tests) only the
  // window has one.
  const Parser: typeof DOMParser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser
    ?? (doc.defaultView as (Window & typeof globalThis) | null)!.DOMParser;
  return new Parser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

export interface SafeBuildOptions {
  /** Wrap tables in a scrollable box so a wide table never widens the reading column. */
  wrapTables?: boolean;
}

/** Rebuilds `html` as nodes of `doc`, keeping only allowed tags, attributes and URLs. */
export function buildSafeFragment(doc: Document, html: string, options: SafeBuildOptions = {}): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const base = doc.baseURI;
  appendSafeChildren(doc, parseInert(doc, html), fragment, base, options);
  return fragment;
}

function appendSafeChildren(doc: Document, from: Node, to: Node, base: string, options: SafeBuildOptions): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      to.appendChild(doc.createTextNode((child as Text).data));
    } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
      const built = buildElement(doc, child as Element, base, options);
      if (built) to.appendChild(built);
    }
    // Comments, processing instructions and anything else: dropped.
  }
}

function buildElement(doc: Document, src: Element, base: string, options: SafeBuildOptions): Node | null {
  // Elements of another namespace (SVG, MathML) are dropped whole, whatever their local name.
  if (src.namespaceURI !== 'http://www.w3.org/1999/xhtml') return null;
  const tag = src.localName;
  if (DROP_WITH_CONTENT.has(tag)) return null;
  if (!ALLOWED_TAGS.has(tag)) {
    // Unknown or presentational wrappers (font, center, custom elements): keep what they hold.
    const fragment = doc.createDocumentFragment();
    appendSafeChildren(doc, src, fragment, base, options);
    return fragment;
  }
  const el = doc.createElement(tag);
  for (const name of [...GLOBAL_ATTRS, ...(TAG_ATTRS[tag] ?? [])]) {
    const value = src.getAttribute(name);
    if (value === null) continue;
    if (NUMERIC_ATTRS.has(name) && !/^\d{1,5}$/.test(value.trim())) continue;
    if (name === 'dir' && !/^(?:ltr|rtl|auto)$/i.test(value)) continue;
    if (name === 'href' || name === 'cite') {
      const safe = safeLink(value, base);
      if (safe) el.setAttribute(name, safe);
      continue;
    }
    el.setAttribute(name, value);
  }
  if (tag === 'a' && el.hasAttribute('href')) el.setAttribute('rel', 'noopener noreferrer');
  if (tag === 'span') {
    const marker = src.getAttribute(MARKER_ATTR);
    if (marker !== null && /^\d+$/.test(marker)) el.setAttribute(MARKER_ATTR, marker);
  }
  if (tag === 'img' && !copyImageSources(src, el, base)) return null;
  if (tag === 'source' && !copySourceSet(src, el, base)) return null;
  appendSafeChildren(doc, src, el, base, options);
  if (tag === 'table' && options.wrapTables) {
    const box = doc.createElement('div');
    box.setAttribute('class', 'nd-table-scroll');
    box.appendChild(el);
    return box;
  }
  return el;
}

/** src and srcset, recovering lazy-loading leftovers; false when the image has nothing safe to show. */
function copyImageSources(src: Element, img: Element, base: string): boolean {
  let url: string | null = null;
  const own = src.getAttribute('src');
  if (!isPlaceholder(own)) url = safeImageUrl(own!, base);
  if (!url) {
    for (const name of LAZY_SRC_ATTRS) {
      const v = src.getAttribute(name);
      if (v !== null && (url = safeImageUrl(v, base))) break;
    }
  }
  const srcset = firstSafeSrcset(src, base);
  if (srcset) img.setAttribute('srcset', srcset);
  if (url) img.setAttribute('src', url);
  if (!url && !srcset) return false;
  // Never loading="lazy": Chromium exempts a content script's image from the page's CSP only when the load starts
  // while the script runs; a lazy load starts later and a strict page CSP blocks it (measured on the
  // e2e fixture /csp/e2e-fr-article.html: 0 of 2 images with lazy, 2 of 2 without). Decode off the main thread.
  img.setAttribute('decoding', 'async');
  if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  return true;
}

function copySourceSet(src: Element, source: Element, base: string): boolean {
  const srcset = firstSafeSrcset(src, base);
  if (!srcset) return false;
  source.setAttribute('srcset', srcset);
  return true;
}

function firstSafeSrcset(src: Element, base: string): string | null {
  for (const name of ['srcset', ...LAZY_SRCSET_ATTRS]) {
    const v = src.getAttribute(name);
    const safe = v === null ? null : safeSrcset(v, base);
    if (safe) return safe;
  }
  return null;
}
