// The engine in the content script, over a pruned clone of the live page: for a browser whose content scripts pay
// no wrapper on DOM calls (Chromium's isolated world), so that the click skips serializing the page, a message to
// an extension page and a second parse (docs/decisions/0001-engine-placement.md, A/B). scripts/build.ts puts it in
// place of ./engine-place.ts where a browser runs the engine here.
//
// The copy is read as the extractor reads its parse of the page's HTML, so both give the Node engine's Article:
// pruned (copy.ts), clobbering names off, and every <noscript> the page parsed as text (scripting on) holding the
// markup of that text, as a parser with scripting off gives it. A clone of a document keeps its URL and <base>, so
// links resolve against the page's address with no pinning.
import { pruneDocument } from '../declutter/copy';
import { declutterWith, relatedWith } from '../declutter/index';
import type { RelatedLink, Removal } from '../declutter/types';
import { inertBody, isRawTextNoscript, noscriptAsMarkup, type Realm, unclobber } from '../shared/inert-document';
import type { ExtractReply } from '../shared/messages';
import type { EngineHere } from './engine-here-types';
import { hasNativeSanitizer, nativeSanitizer } from './native-sanitizer';

const realm: Realm = globalThis;

/** A clone of the page no script can reach (a clone has no browsing context: nothing in it loads or runs), ready for the engine. */
function readingCopy(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  pruneDocument(copy);
  unclobber(copy, realm);
  for (const noscript of Array.from(copy.getElementsByTagName('noscript'))) {
    if (isRawTextNoscript(noscript)) noscriptAsMarkup(noscript, noscript.textContent ?? '', realm);
  }
  return copy;
}

function read(doc: Document, force: boolean, disabledSteps: readonly string[], copied?: () => void): { reply: ExtractReply; related(): RelatedLink[] } {
  const options = { url: doc.URL, force, disabledSteps: [...disabledSteps] };
  let removed: readonly Removal[] = [];
  const related = (): RelatedLink[] => {
    try {
      return relatedWith(readingCopy(doc), options, 'already-copied', removed, inertBody(realm));
    } catch (error) {
      console.error('News Declutter: related links failed:', error);
      return [];
    }
  };
  try {
    if (!hasNativeSanitizer()) return { reply: { kind: 'no-sanitizer' }, related: () => [] };
    const copy = readingCopy(doc);
    copied?.();
    const article = declutterWith(copy, options, { sanitizer: nativeSanitizer(), copy: 'already-copied', related: false });
    removed = article?.removed ?? [];
    return article ? { reply: { kind: 'article', article }, related } : { reply: { kind: 'no-article' }, related: () => [] };
  } catch (error) {
    console.error('News Declutter: extraction failed:', error);
    return { reply: { kind: 'failed', message: error instanceof Error ? error.message : String(error) }, related: () => [] };
  }
}

export const engineHere: EngineHere = { read };
