// The one gate between page HTML and anything we render: DOMPurify with a strict profile.
// Page HTML is hostile (DESIGN.md, Security): no scripts, styles, frames, objects, forms or event attributes;
// links only http(s), mailto or relative; images only http(s) or data:image/.
// Readability's own output keeps <img onerror> and SVG xlink:href="javascript:…" (../shared/BROWSER-TESTS.md),
// so everything passes through here. Never test this under happy-dom: DOMPurify is unsafe there.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form',
  'input', 'button', 'textarea', 'select', 'option', 'noscript', 'template', 'svg', 'math', 'dialog', 'portal',
  'title', 'slot',
];
const FORBID_ATTR = ['style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'background', 'ping', 'target', 'autofocus', 'tabindex', 'contenteditable', 'popover'];
const SAFE_LINK = /^(?:https?:|mailto:|[^:]*$)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp);)/i;

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.getAttribute) return;
    const href = el.getAttribute('href');
    if (href !== null) {
      if (!SAFE_LINK.test(href.trim())) el.removeAttribute('href');
      else if (el.tagName === 'A') el.setAttribute('rel', 'noopener noreferrer');
    }
    for (const attr of ['src', 'poster']) {
      const v = el.getAttribute(attr);
      if (v !== null && !SAFE_IMAGE.test(v.trim())) el.removeAttribute(attr);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      const safe = srcset.split(',').map((s) => s.trim()).filter((s) => /^https?:/i.test(s));
      if (safe.length) el.setAttribute('srcset', safe.join(', '));
      else el.removeAttribute('srcset');
    }
  });
  instances.set(win, purify);
  return purify;
}

const CONFIG: Config & { RETURN_DOM: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: ['data-nd-removed'],
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM: true,
};

/** Sanitized copy of html as the children of a <body> element owned by win's document. */
export function sanitizeToBody(html: string, win: Window): HTMLElement {
  return purifierFor(win).sanitize(html, CONFIG) as unknown as HTMLElement;
}

/** Sanitized HTML string. */
export function sanitizeHtml(html: string, win: Window): string {
  return sanitizeToBody(html, win).innerHTML;
}

/**
 * Sanitized HTML strings, many in one DOMPurify pass: every call builds a fresh document, which on a page with
 * dozens of receipts cost more than all the declutter steps together (npm run bench). Each piece is parsed in
 * its own <div>, the same "in body" context it would have alone. If the pieces do not come back as exactly
 * one <div> each (markup that does not survive its own serialization: a hostile page), each is done alone.
 */
export function sanitizeEach(htmls: readonly string[], win: Window): string[] {
  if (htmls.length < 2) return htmls.map((h) => sanitizeHtml(h, win));
  const body = sanitizeToBody(htmls.map((h) => `<div>${h}</div>`).join(''), win);
  const wrappers = Array.from(body.childNodes);
  if (wrappers.length !== htmls.length || wrappers.some((w) => (w as Element).tagName !== 'DIV')) {
    return htmls.map((h) => sanitizeHtml(h, win));
  }
  return wrappers.map((w) => (w as Element).innerHTML);
}
