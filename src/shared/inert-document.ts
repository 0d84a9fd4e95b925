// What a copy of a page needs before the engine reads it, wherever the engine runs: the extractor's document parsed
// from the page's HTML (src/extractor/extract.ts) and Chromium's pruned clone in the content script
// (src/platform/engine-here.ts). Pure DOM code.
import { pruneTree } from '../declutter/copy';

/** Where the documents come from: an extension page's window, a content script's, or a jsdom window in Node. */
export interface Realm {
  DOMParser: typeof DOMParser;
  Document: typeof Document;
  Element: typeof Element;
}

/**
 * Names and ids that would shadow members of the document or of a form (DOM clobbering): `<img
 * name="getElementsByTagName">` makes `doc.getElementsByTagName` that image, and `<input name="getAttribute">`
 * makes its form's `getAttribute` the input, so the engine's first call throws. In a Firefox content script,
 * Xray wrappers hide named properties; in the extension's own documents, and in Chromium's isolated world, they
 * are real (Firefox 153, tests/fixtures/hostile/clobber-document.html). Form controls are never shown by the
 * reader; an image's or a form's name never is either. Image ids go only inside forms: elsewhere Readability reads
 * ids to judge what is clutter. Called through the prototypes, before anything else reads the document.
 */
const LISTED = ['button', 'fieldset', 'input', 'output', 'select', 'textarea'];
/** Whose `name` goes. */
const NAMED = ['embed', 'form', 'iframe', 'img', 'object', ...LISTED].map((tag) => `${tag}[name]`).join(', ');
/** Whose `id` goes. */
const WITH_ID = ['object', 'form img', ...LISTED].map((tag) => `${tag}[id]`).join(', ');

export function unclobber(doc: Document, { Document, Element }: Realm): void {
  // Two queries, no reading of the elements themselves: a form's own members may be clobbered until its controls lose their names.
  for (const [selector, attr] of [[NAMED, 'name'], [WITH_ID, 'id']] as const) {
    const found = Document.prototype.querySelectorAll.call(doc, selector);
    for (let i = 0; i < found.length; i++) Element.prototype.removeAttribute.call(found[i]!, attr);
  }
}

/**
 * Gives a <noscript> the markup its text holds, as a parser with scripting off (Node's, the extractor's) reads it.
 * Parsed by a DOMParser: it runs and loads nothing. A document of its own, then moved: a <noscript>'s innerHTML
 * follows the document's scripting flag, which parsers do not agree on for an inert document (jsdom reads it as
 * text, browsers as markup). What the parser put in <head> (a <link>, a <meta>) comes first, as it stood first in
 * the text. The rest of the copy was pruned; this text was not.
 */
export function noscriptAsMarkup(noscript: Element, text: string, realm: Realm): void {
  const parsed = new realm.DOMParser().parseFromString(text, 'text/html');
  noscript.replaceChildren(...Array.from(parsed.head.childNodes), ...Array.from(parsed.body.childNodes));
  pruneTree(noscript);
}

/** Text only, and some of it: parsed with scripting on (with scripting off, a <noscript> holds elements). */
export function isRawTextNoscript(noscript: Element): boolean {
  return noscript.firstElementChild === null && (noscript.textContent ?? '') !== '';
}

/** Parses markup into the body of a document of its own, which runs and loads nothing (a DOMParser's). */
export function inertBody(realm: Realm): (html: string) => Element {
  return (html) => new realm.DOMParser().parseFromString(html, 'text/html').body;
}
