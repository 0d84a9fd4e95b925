// The engine's sanitizer where the browser's own is missing (Node, jsdom): DOMPurify with the policy of policy.ts.
// Readability's own output keeps <img onerror> and SVG xlink:href="javascript:…" (../shared/BROWSER-TESTS.md),
// so everything passes through here. Never test this under happy-dom: DOMPurify is unsafe there.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { MARKER_ATTR } from './marker';
import { applyUrlPolicy, FORBIDDEN_ATTRS, FORBIDDEN_TAGS } from './policy';
import type { HtmlSanitizer } from './types';

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Most elements of an article carry no attribute at all once sanitized: skip them cheaply.
    if ((node as Element).hasAttributes?.()) applyUrlPolicy(node as Element);
  });
  purify.setConfig(CONFIG);
  instances.set(win, purify);
  return purify;
}

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRS,
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [MARKER_ATTR],
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Node input is sanitized where it is, string input into a new document (DOMPurify ignores IN_PLACE then).
  IN_PLACE: true,
};

/**
 * The engine's sanitizer under jsdom (and anywhere DOMPurify runs): the article and every removed piece are
 * sanitized where they are, as DOM. The engine's tree is its own copy, never part of a page, so nothing in it can
 * run while it is cleaned. Serializing the article and parsing it again into a new document, as the string API
 * does, was four fifths of the sanitizer's cost (npm run bench).
 */
export function purifySanitizer(win: Window): HtmlSanitizer {
  const purify = purifierFor(win);
  return {
    sanitizeTree(root) {
      try {
        purify.sanitize(root);
        return root;
      } catch {
        // DOMPurify refuses a root it cannot clean in place: the string way. Its output is made to be parsed
        // again; here into an element of the engine's own document, where nothing runs or loads.
        const clean = root.ownerDocument.createElement('div');
        clean.innerHTML = purify.sanitize(root.innerHTML) as unknown as string;
        return clean;
      }
    },
    sanitizeEach(elements) {
      if (!elements.length) return [];
      const doc = elements[0]!.ownerDocument;
      // One pass for all: each piece in its own <div>, the context it had in the article.
      const box = doc.createElement('div');
      const wrappers = elements.map((el) => {
        const w = doc.createElement('div');
        w.append(el);
        box.append(w);
        return w;
      });
      try {
        purify.sanitize(box);
        return wrappers.map((w) => w.innerHTML);
      } catch {
        return wrappers.map((w) => purify.sanitize(w.innerHTML) as unknown as string);
      }
    },
  };
}
