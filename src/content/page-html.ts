// What the content script sends the extractor (src/content/extraction.ts): the page, as HTML. Pure DOM code.
import { type ExtractRequest, NOSCRIPT_TEXT_ATTR } from '../shared/messages';

/**
 * The page's HTML, such that parsing it again gives the page's tree. One exception needs care: a page with
 * scripting on parsed each <noscript> as raw text, and serializes that text as it is, but the extractor's parser
 * has scripting off and reads it as markup; a `</noscript>` inside the text (in an attribute, say) then ends the
 * element early, or an unclosed tag swallows the rest of the article (tests/fixtures/hostile/vectors.html lost
 * its second half that way). Such a <noscript> travels empty, its text in NOSCRIPT_TEXT_ATTR, escaped as any
 * attribute is; the extractor parses it as markup inside that one element (src/extractor/extract.ts), which is
 * how Node reads <noscript> too. Only a page with such a <noscript> is copied first (one native call).
 */
export function pageHtml(doc: Document): string {
  const live = doc.getElementsByTagName('noscript');
  let rawText = false;
  for (let i = 0; i < live.length && !rawText; i++) rawText = isRawText(live[i]!);
  if (!rawText) return doc.documentElement.outerHTML;
  const copy = doc.cloneNode(true) as Document;
  for (const noscript of Array.from(copy.getElementsByTagName('noscript'))) {
    if (!isRawText(noscript)) continue;
    noscript.setAttribute(NOSCRIPT_TEXT_ATTR, noscript.textContent ?? '');
    noscript.textContent = '';
  }
  return copy.documentElement.outerHTML;
}

/** Text only, and some of it: parsed with scripting on (with scripting off, a <noscript> holds elements). */
function isRawText(noscript: Element): boolean {
  return noscript.firstElementChild === null && (noscript.textContent ?? '') !== '';
}

export function extractionRequest(doc: Document, force: boolean, disabledSteps: readonly string[]): ExtractRequest {
  return {
    type: 'extract',
    html: pageHtml(doc),
    standards: doc.compatMode === 'CSS1Compat',
    url: doc.URL,
    baseUrl: doc.baseURI,
    force,
    disabledSteps: [...disabledSteps],
  };
}

