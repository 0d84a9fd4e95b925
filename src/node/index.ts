// The package's main export for Node: the engine plus an HTML-string entry point built on jsdom.
// No browser globals are needed: jsdom provides the DOM and the window DOMPurify sanitizes with.
import { JSDOM, VirtualConsole } from 'jsdom';
import { declutterDocument } from '../declutter/declutter-document';
import type { Article, DeclutterOptions } from '../declutter/types';

export { declutterDocument } from '../declutter/declutter-document';
export { STEP_IDS } from '../declutter/steps/index';
export type { Article, DeclutterOptions, RelatedLink, Removal, RemovalKind } from '../declutter/types';

/**
 * A page given without its address is parsed at about:blank (jsdom's default), against which no relative URL
 * resolves: relative links stay as the page wrote them, instead of pointing at a made-up host (a
 * `http://localhost/` placeholder sent a saved page's readers to their own machine).
 */
const NO_URL = 'about:blank';

/** Inline <style> blocks, emptied when jsdom cannot parse them. */
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/giu;

/** Parse a page with jsdom; page scripts never run (the engine needs no page CSS either). */
export function parseHtml(html: string, url?: string): JSDOM {
  // A silent virtual console keeps jsdom's complaints about page CSS and markup off stderr.
  const options = { url: url ?? NO_URL, virtualConsole: new VirtualConsole(), contentType: 'text/html' };
  try {
    return new JSDOM(html, options);
  } catch {
    // jsdom 29's CSS parser *throws* on some real stylesheets while parsing the page (an unresolved SCSS
    // calc() on aeb-dev's nationalreview page, ../shared/corpus/README.md): parse it again without them.
    return new JSDOM(html.replace(STYLE_BLOCK, '<style></style>'), options);
  }
}

export function declutterHtml(html: string, options: DeclutterOptions = {}): Article | null {
  const dom = parseHtml(html, options.url);
  try {
    return declutterDocument(dom.window.document, options, { window: dom.window as unknown as Window });
  } finally {
    dom.window.close();
  }
}
