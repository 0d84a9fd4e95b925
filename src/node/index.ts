// The package's main export for Node: the engine plus an HTML-string entry point built on jsdom.
// No browser globals are needed: jsdom provides the DOM and the window DOMPurify sanitizes with.
import { JSDOM, VirtualConsole } from 'jsdom';
import { declutterDocument } from '../declutter/article';
import type { Article, DeclutterOptions } from '../declutter/types';

export { declutterDocument } from '../declutter/article';
export { STEP_IDS } from '../declutter/steps/index';
export type { Article, DeclutterOptions, RelatedLink, Removal, RemovalKind } from '../declutter/types';

/** Placeholder URL for pages given without one: relative links then stay relative-looking but valid. */
const NO_URL = 'http://localhost/';

/** Parse a page with jsdom; page scripts never run and page CSS is never parsed (the engine needs neither). */
export function parseHtml(html: string, url?: string): JSDOM {
  // jsdom's CSS parser throws on some real pages' inline styles (../shared/corpus/README.md, nationalreview);
  // a silent virtual console keeps such errors from reaching stderr, and we never ask for computed styles.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url ?? NO_URL, virtualConsole, contentType: 'text/html' });
}

export function declutterHtml(html: string, options: DeclutterOptions = {}): Article | null {
  const dom = parseHtml(html, options.url);
  try {
    return declutterDocument(dom.window.document, options, { window: dom.window as unknown as Window });
  } finally {
    dom.window.close();
  }
}
