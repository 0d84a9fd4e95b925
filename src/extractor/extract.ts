// The extractor's one job: the page's HTML in, the engine's reply out. Runs in an extension page of its own
// (src/extractor/main.ts), never in the page: the HTML is parsed into a new, inert document (DOMParser documents
// run no script and load nothing), so the engine reads that document itself instead of a copy; the content script
// pruned the HTML already (copy.ts, "own").
//
// What parsing the HTML again changes, and why it is right: the document is parsed with scripting off, so a
// <noscript> holds markup, as in Node (`npm run eval` reads pages the same way), and Readability's own
// <noscript> image recovery sees elements. The page's address is not the document's (a DOMParser document takes
// its window's): the document answers with the page's (pinAddresses).
import { declutterWith, relatedWith } from '../declutter/index';
import type { HtmlSanitizer, RelatedLink, Removal } from '../declutter/types';
import { type ExtractReply, type ExtractRequest, NOSCRIPT_TEXT_ATTR } from '../shared/messages';
import { inertBody, noscriptAsMarkup, type Realm, unclobber } from '../shared/inert-document';

/** How the reply's sanitizer is made; null when this browser has none (the manifests ask for ones that do). */
export type SanitizerSource = () => HtmlSanitizer | null;

/** Where the parser's documents come from: the extension page's window, or a jsdom window in Node. */
export type { Realm };

export function extractHtml(request: ExtractRequest, sanitizer: SanitizerSource, realm: Realm = globalThis): ExtractReply {
  try {
    const tools = sanitizer();
    if (!tools) return { kind: 'no-sanitizer' };
    const article = declutterWith(readDocument(request, realm), options(request), { sanitizer: tools, copy: 'already-copied', related: false });
    return article ? { kind: 'article', article } : { kind: 'no-article' };
  } catch (error) {
    console.error('News Declutter: extraction failed:', error);
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The related links of the page extractHtml read, from a parse of its own of the same HTML (extractHtml's document
 * is Readability's by then), with the links of the related-link removals of `removed`, that article's receipts: what
 * the engine gives in one run (tests/unit/extractor.test.ts). Never throws.
 */
export function relatedHtml(request: ExtractRequest, removed: readonly Removal[], realm: Realm = globalThis): RelatedLink[] {
  try {
    return relatedWith(readDocument(request, realm), options(request), 'already-copied', removed, inertBody(realm));
  } catch (error) {
    console.error('News Declutter: related links failed:', error);
    return [];
  }
}

/** The page's HTML as an inert document of the extractor's, ready for the engine. */
function readDocument(request: ExtractRequest, realm: Realm): Document {
  const doctype = request.standards ? '<!DOCTYPE html>' : '';
  const doc = new realm.DOMParser().parseFromString(doctype + request.html, 'text/html');
  unclobber(doc, realm);
  pinAddresses(doc, request);
  restoreNoscripts(doc, realm);
  return doc;
}

function options(request: ExtractRequest) {
  return { url: request.url, force: request.force, disabledSteps: request.disabledSteps };
}

/**
 * Each <noscript> the page parsed as text gets that text back, parsed as markup inside it (the content script's
 * pageHtml says why it travels in an attribute).
 */
function restoreNoscripts(doc: Document, realm: Realm): void {
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) {
    const text = noscript.getAttribute(NOSCRIPT_TEXT_ATTR);
    if (text === null) continue;
    noscript.removeAttribute(NOSCRIPT_TEXT_ATTR);
    noscriptAsMarkup(noscript, text, realm);
  }
}

/**
 * Readability resolves links against `doc.baseURI` and keeps in-page links ("#notes") relative only when that
 * equals `doc.documentURI`: both are read as properties, so this document answers with the page's own (the
 * page's <base> already applied: a relative one, "/news/", would resolve against the extension here). Not a
 * <base> element instead: Readability removes the whole <html> when its class looks like clutter (`<html
 * class="header-spacing">`, five corpus pages), and a document with no <base> left falls back to its own address,
 * the extension's. With this, the extractor's output equals the Node engine's on 150 of the 151 corpus pages
 * (the other differs by a line break, docs/engine.md, "How a click becomes a reader");
 * tests/unit/extractor.test.ts holds the cases.
 */
function pinAddresses(doc: Document, request: ExtractRequest): void {
  Object.defineProperty(doc, 'baseURI', { value: request.baseUrl });
  Object.defineProperty(doc, 'documentURI', { value: request.url });
}
