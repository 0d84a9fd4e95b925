// The engine's sanitizer in the extension: the browser's own HTML Sanitizer API (Element.setHTML), with the
// policy of src/declutter/policy.ts. Why not DOMPurify here too: the browser's sanitizer is native code that
// follows its own parser, and DOMPurify would add 29 KB minified to what the extension loads (docs/performance.md). setHTML shipped in Chrome 146 and Firefox 148 (MDN browser-compat data, "Sanitizer API");
// the manifests ask for those versions. Even when a configuration allows something unsafe, setHTML removes
// scripts, event attributes and javascript: URLs; the reader's allow-list (reader/safe-dom.ts) runs after it.
//
// Attributes are an allow-list (the ones the reader reads, READER_ATTRS), not policy.ts's FORBIDDEN_ATTRS as a
// removal list, because Chromium 156 crashes the tab in setHTML when an element carries `onstart` or `onfinish`
// (marquee's event attributes, accepted on any element) and the configuration has no `attributes` list: `{}`,
// `{removeAttributes: […]}` and `{elements: ['p']}` all crash, `{attributes: […]}` does not
// (tests/e2e/native-sanitizer.test.ts; seen on tests/fixtures/hostile/vectors.html, marquee-onstart). The
// allow-list also drops the handlers the baseline misses (`onbounce` survived a removal config in Chromium).
// Nothing the reader shows is lost: it keeps no other attribute either.
import { applyUrlPolicy, FORBIDDEN_TAGS, hasUrlAttribute, READER_ATTRS } from '../declutter/policy';
import type { HtmlSanitizer } from '../declutter/types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
/** Wrappers whose text is kept when the element goes (a form around a paragraph): DOMPurify's KEEP_CONTENT. */
const UNWRAPPED = new Set(['form', 'dialog', 'portal', 'slot']);

type ElementName = string | { name: string; namespace: string };
interface SanitizerConfig {
  removeElements: ElementName[];
  replaceWithChildrenElements: ElementName[];
  attributes: string[];
  comments: boolean;
}
type SetHtml = (html: string, options: { sanitizer: SanitizerConfig }) => void;

const CONFIG: SanitizerConfig = {
  removeElements: FORBIDDEN_TAGS.filter((t) => !UNWRAPPED.has(t)).map((t): ElementName =>
    t === 'svg' ? { name: t, namespace: SVG_NS } : t === 'math' ? { name: t, namespace: MATHML_NS } : t),
  replaceWithChildrenElements: [...UNWRAPPED],
  attributes: [...READER_ATTRS],
  comments: false,
};

/** Whether this browser has the HTML Sanitizer API (main.ts says so to the user when it does not). */
export function hasNativeSanitizer(): boolean {
  return typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';
}

/** Parses html into a new element of doc, sanitized, with the URL policy applied. */
function clean(doc: Document, html: string): Element {
  const out = doc.createElement('div');
  (out as unknown as { setHTML: SetHtml }).setHTML(html, { sanitizer: CONFIG });
  const all = out.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (hasUrlAttribute(all[i]!)) applyUrlPolicy(all[i]!);
  return out;
}

export function nativeSanitizer(): HtmlSanitizer {
  return {
    sanitizeTree: (root) => clean(root.ownerDocument, root.innerHTML),
    sanitizeEach(elements) {
      if (!elements.length) return [];
      const doc = elements[0]!.ownerDocument;
      // One parse for all: each piece in its own <div>, the context it had in the article. Markup that does not
      // come back as exactly one <div> each (a hostile page's) is done piece by piece.
      const box = clean(doc, elements.map((el) => `<div>${el.outerHTML}</div>`).join(''));
      const wrappers = Array.from(box.children);
      if (wrappers.length === elements.length && box.childNodes.length === elements.length &&
        wrappers.every((w) => w.localName === 'div')) return wrappers.map((w) => w.innerHTML);
      return elements.map((el) => clean(doc, el.outerHTML).innerHTML);
    },
  };
}
