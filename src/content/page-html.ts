// What the content script sends the extractor (src/content/extraction.ts): the page, as HTML. Pure DOM code.
import { pruneDocument } from '../declutter/copy';
import { type ExtractRequest, NOSCRIPT_TEXT_ATTR } from '../shared/messages';
import { isRawTextNoscript } from '../shared/inert-document';

/**
 * The page's HTML as the engine reads it: a clone of the page, pruned of what the engine leaves out anyway
 * (copy.ts: scripts, styles, comments, hidden elements), serialized. Pruning here rather than in the extractor:
 * the median page's HTML halves, a large one shrinks up to 30-fold (1.16 MB to 0.19 MB, guardian-1), and every
 * byte saved is serialized, sent and parsed once less (npm run bench).
 *
 * A <noscript> needs care: a page with scripting on parsed it as raw text and serializes that text as it is, but
 * the extractor's parser has scripting off and reads it as markup; a `</noscript>` inside the text (in an
 * attribute, say) then ends the element early, or an unclosed tag swallows the rest of the article
 * (tests/fixtures/hostile/vectors.html lost its second half that way). Such a <noscript> travels empty, its text in
 * NOSCRIPT_TEXT_ATTR, escaped as any attribute is; the extractor parses it as markup inside that one element
 * (src/extractor/extract.ts), which is how Node reads <noscript> too.
 */
export function pageHtml(doc: Document): string {
  // A clone of a document has no browsing context: nothing in it loads or runs (as the engine's copy always was).
  const copy = doc.cloneNode(true) as Document;
  pruneDocument(copy);
  for (const noscript of Array.from(copy.getElementsByTagName('noscript'))) {
    if (!isRawTextNoscript(noscript)) continue;
    noscript.setAttribute(NOSCRIPT_TEXT_ATTR, noscript.textContent ?? '');
    noscript.textContent = '';
  }
  return copy.documentElement.outerHTML;
}

export function extractionRequest(doc: Document, force: boolean, disabledSteps: readonly string[]): ExtractRequest {
  return {
    type: 'extract',
    id: readingId(),
    html: pageHtml(doc),
    standards: doc.compatMode === 'CSS1Compat',
    url: doc.URL,
    baseUrl: doc.baseURI,
    force,
    disabledSteps: [...disabledSteps],
  };
}

/** A reading's id: unique among the readings the extractor keeps, from every tab (getRandomValues, not randomUUID,
 * which an http: page's world does not have). */
function readingId(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('-');
}
