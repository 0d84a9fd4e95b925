// What may leave the engine, shared by both sanitizers (sanitize.ts with DOMPurify, src/platform/native-sanitizer.ts
// with the browser's HTML Sanitizer API): the same elements go and the same URLs are refused in Node and in the
// extension. One difference, on purpose: the extension keeps only the attributes its reader reads (an allow-list,
// because Chromium 156 crashes a tab when setHTML gets a configuration without one; see native-sanitizer.ts), so
// attributes such as aria-* and role that Node output keeps do not reach the extension's reader, which never used them.
// Page HTML is hostile (DESIGN.md, Security): no scripts, styles, frames, objects, forms or event attributes;
// links only http(s), mailto or relative; images only http(s) or raster data:image.

import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS } from './lazy-images';
import { MARKER_ATTR } from './marker';

/** Elements never kept. */
export const FORBIDDEN_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form',
  'input', 'button', 'textarea', 'select', 'option', 'noscript', 'template', 'svg', 'math', 'dialog', 'portal',
  'title', 'slot',
];
/** Attributes never kept: the reader's look is ours, and none of these is content. */
export const FORBIDDEN_ATTRS = [
  'style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'background', 'ping', 'target', 'autofocus',
  'tabindex', 'contenteditable', 'popover',
];

/** Raster images only: an SVG data URI is a document of its own, with scripts. */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;
const SAFE_LINK = /^(?:https?:|mailto:|[^:]*$)/i;
const SAFE_IMAGE = new RegExp(`^https?:|${SAFE_DATA_IMAGE.source}`, 'i');
// A relative image (no scheme) is kept only where a page is read without an address (the CLI without --url): the
// engine resolves every image it sees against the page's address, so in the extension a relative image can only be
// one the sanitizer's second parse brought to life (tests/e2e/native-sanitizer.test.ts, noscript mXSS), and the
// reader would load it from the page's origin.
const RELATIVE = /^[^:]*$/;
const URL_ATTRS = ['href', 'src', 'poster', 'srcset'];

/** Whether the element carries any attribute applyUrlPolicy looks at. */
export function hasUrlAttribute(el: Element): boolean {
  return URL_ATTRS.some((a) => el.hasAttribute(a));
}

/**
 * Drops the element's link and image addresses that are not allowed; links open with no referrer. `relativeImages`:
 * keep images without a scheme (Node's sanitizer, for pages read without an address); never in the extension.
 */
export function applyUrlPolicy(el: Element, relativeImages = false): void {
  const href = el.getAttribute('href');
  if (href !== null) {
    if (!SAFE_LINK.test(href.trim())) el.removeAttribute('href');
    else if (el.localName === 'a') el.setAttribute('rel', 'noopener noreferrer');
  }
  for (const attr of ['src', 'poster']) {
    const v = el.getAttribute(attr);
    if (v !== null && !SAFE_IMAGE.test(v.trim()) && !(relativeImages && RELATIVE.test(v.trim()))) el.removeAttribute(attr);
  }
  const srcset = el.getAttribute('srcset');
  if (srcset !== null) {
    const safe = srcset.split(',').map((s) => s.trim()).filter((s) => /^https?:/i.test(s));
    if (safe.length) el.setAttribute('srcset', safe.join(', '));
    else el.removeAttribute('srcset');
  }
}

/** Attributes the reader keeps on every element it shows (no id, class or style: the reader's look is ours alone). */
export const GLOBAL_ATTRS: readonly string[] = ['lang', 'dir', 'title'];

/** Attributes the reader keeps, per element, besides GLOBAL_ATTRS and image addresses. */
export const TAG_ATTRS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['alt', 'width', 'height', 'sizes'],
  source: ['media', 'type', 'sizes'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  details: ['open'],
};

/**
 * Every attribute the reader reads (src/shared/reader-view/safe-dom.ts): the extension's sanitizer keeps only these
 * (src/platform/native-sanitizer.ts), so what it removes is never something the reader shows. Lazy-image
 * attributes stay so that the reader can still find the real address of an image.
 */
export const READER_ATTRS: readonly string[] = [...new Set([
  ...GLOBAL_ATTRS, ...Object.values(TAG_ATTRS).flat(), 'src', 'srcset', MARKER_ATTR, ...LAZY_SRC_ATTRS, ...LAZY_SRCSET_ATTRS,
])];
