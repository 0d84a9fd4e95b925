// The engine: a page's DOM in, a clean Article out (DESIGN.md, "The engine contract").
// Pure DOM code, shared by the extension's extractor (src/extractor/), the Node API and the CLI; no browser APIs.
//
// Order, and why:
// 1. Copy the document: the page the user reads is never changed (tests/unit/engine.test.ts checks it). The copy
//    leaves out what no reader shows (copy.ts): scripts, styles, hidden elements.
// 2. Collect related links from the whole copy, before Readability drops the blocks that hold them. A caller in a
//    hurry for the article (the extension) may collect them after, from another copy (relatedWith).
// 3. Readability on the copy picks the article. Before it, on the copy: lazy images get their real source,
//    and embedded posts the story quotes lose the wrappers that make Readability drop them (embedded-posts.ts).
// 4. The declutter steps run on Readability's article, not on the page: it is a fraction of the page's size
//    (so the steps cost little next to Readability, see `npm run bench`), and every removal leaves a marker
//    in the very HTML the reader shows, so "Restore" puts an item back exactly where it was.
// 5. Sanitize (the caller's sanitizer: DOMPurify in Node, the browser's own in the extension), then read the body
//    text from the sanitized DOM, so `text` and `contentHtml` agree.
import { Readability } from '@mozilla/readability';
import { type CopyMethod, readingCopy } from './copy';
import { keepEmbeddedPosts } from './embedded-posts';
import { clearPageMarkers } from './marker';
import { recoverLazyImages } from './lazy-images';
import { collapseSpaces } from './normalize';
import { looksReaderable } from './readerable';
import { runSteps } from './pipeline';
import { collectRelated, isTeaserRemoval, withRemovalLinks } from './related';
import { relatedOff, withRelatedSwitch } from './related-switch';
import { bodyText, readingMinutes } from './text';
import type { Article, DeclutterOptions, HtmlSanitizer, RelatedLink, Removal } from './types';

/**
 * The shortest text Readability takes from its first, strictest attempt. Its default, 500 characters, is longer than
 * a news brief of three or four sentences: it then throws that attempt away, tries again without its clutter
 * filters and keeps the longest text it found, on a short story often a sidebar of headlines or classifieds
 * (tests/fixtures/short-story/*.html; on daniel-dev, three such pages). Shorter than this, the first attempt is
 * too little to be a story.
 */
const SHORT_STORY_CHARS = 250;

/** Languages written right to left, for pages that set a lang but no dir. */
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** What the engine needs from where it runs. */
export interface EngineTools {
  sanitizer: HtmlSanitizer;
  /** How to copy the page (copy.ts): "build" under jsdom, "already-copied" in the extension's extractor (its own parsed document). */
  copy: CopyMethod;
  /**
   * false: leave `related` empty, for a caller that answers with the article first and collects the related links
   * after, with relatedWith on another copy of the page (the extension's extractor: src/extractor/main.ts).
   */
  related?: boolean;
}

export function declutterWith(doc: Document, options: DeclutterOptions, tools: EngineTools): Article | null {
  const url = options.url ?? doc.URL;
  if (!doc.documentElement || !doc.body) return null;
  // Asked of the page itself (it only reads): a page that is no article is never copied.
  if (!options.force && !looksReaderable(doc)) return null;
  const clone = preparedCopy(doc, options, tools.copy);
  if (!clone) return null;
  // With related links switched off for the site, nothing is collected and the teasers stay (related-switch.ts).
  const collect = tools.related !== false && !relatedOff(options.disabledSteps);
  // Before Readability changes the copy (and may drop its <html>, and the <base> with it).
  const baseUrl = clone.baseURI;
  const fromPage = collect ? relatedOf(clone, url) : [];
  const meta = pageMeta(clone);
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: SHORT_STORY_CHARS }).parse();
  const root = parsed?.content;
  if (!parsed || !root) return null;

  const lang = normalizeLang(parsed.lang || meta.lang);
  const elements: (Element | null)[] = [];
  // The page may carry markers of its own; from here on every marker is the steps' (marker.ts).
  clearPageMarkers(root);
  const removed = runSteps(root, {
    lang: lang.split('-')[0] ?? '', disabledSteps: withRelatedSwitch(options.disabledSteps),
    title: parsed.title ?? '', byline: parsed.byline ?? '',
  }, elements);
  // Teaser cards, link-only paragraphs, hover cards: their links join the page's related-story blocks, before the
  // sanitizer may move the elements.
  const teasers = removed.flatMap((r, i) => (isTeaserRemoval(r) && elements[i] ? [elements[i]] : []));
  const related = collect ? withRemovalLinks(fromPage, teasers, baseUrl, url) : [];
  const pieces = removed.filter((_, i) => elements[i]);
  tools.sanitizer.sanitizeEach(elements.filter((e): e is Element => !!e)).forEach((html, i) => (pieces[i]!.html = html));

  const body = tools.sanitizer.sanitizeTree(root);
  const text = bodyText(body);
  const primary = lang.split('-')[0] ?? '';
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
  return {
    title: collapseSpaces(parsed.title ?? ''),
    byline: collapseSpaces(parsed.byline ?? ''),
    siteName: collapseSpaces(parsed.siteName ?? '') || hostOf(url),
    lang,
    dir,
    publishedTime: isoTime(parsed.publishedTime || meta.published),
    excerpt: meta.description || firstWords(text.split('\n')[0] ?? ''),
    readingMinutes: readingMinutes(text),
    contentHtml: body.innerHTML,
    text,
    related,
    removed,
  };
}

/**
 * The page's related links, exactly as declutterWith collects them, from a copy of its own: for a caller that
 * answered with the article first (EngineTools.related false). `doc` must be the page declutterWith read, or a
 * parse of the same HTML; `removed`, that article's receipts (the links of its related-link removals join the list),
 * parsed by `parseBody` (an inert DOMParser's body: the engine itself never parses markup into a live document).
 */
export function relatedWith(doc: Document, options: DeclutterOptions, copy: CopyMethod, removed: readonly Removal[],
  parseBody: (html: string) => Element): RelatedLink[] {
  if (relatedOff(options.disabledSteps)) return [];
  const clone = preparedCopy(doc, options, copy);
  if (!clone) return [];
  const url = options.url ?? doc.URL;
  const teasers = removed.flatMap((r) => (isTeaserRemoval(r) && r.html ? [parseBody(r.html)] : []));
  return withRemovalLinks(relatedOf(clone, url), teasers, clone.baseURI, url);
}

/**
 * The copy Readability reads (null when the page has no body): pruned (copy.ts), with the caller's address, lazy
 * images given their real source, embedded posts unwrapped. The related links are collected from it as it is then.
 */
function preparedCopy(doc: Document, options: DeclutterOptions, method: CopyMethod): Document | null {
  const copy = readingCopy(doc, method);
  const clone = copy.doc;
  // The page's own <base> wins, as on the page; without one, the caller's address (the copy may hold copy.ts's
  // stand-in for a page without a window, whose address is about:blank).
  if (options.url && !firstWith(doc, 'base', 'href')) setBase(clone, options.url);
  if (!clone.body) return null;
  recoverLazyImages(copy.images);
  keepEmbeddedPosts(copy.quotes, clone.body);
  return clone;
}

function relatedOf(clone: Document, pageUrl: string): RelatedLink[] {
  // Against the copy's base, not the page's address: a page's <base> moves its relative links (the copy keeps it;
  // the extractor's document answers baseURI with the page's own, src/extractor/extract.ts).
  return collectRelated(clone.body, clone.baseURI, pageUrl);
}

/** Make relative links resolve against the URL the caller gave (Readability reads doc.baseURI). */
function setBase(doc: Document, url: string): void {
  const existing = firstWith(doc, 'base', 'href');
  if (existing) {
    existing.setAttribute('href', url);
    return;
  }
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  (doc.head ?? doc.documentElement).prepend(base);
}

/** An excerpt taken from the text is cut at a word near this length. */
const EXCERPT_CHARS = 200;

/**
 * Readability's own excerpt falls back to the first paragraph of its output, before our steps ran, which on a
 * cluttered page is a counter ("4"): take the page's description, else the first line of our clean text.
 */
function firstWords(line: string): string {
  if (line.length <= EXCERPT_CHARS) return line;
  const cut = line.lastIndexOf(' ', EXCERPT_CHARS);
  return `${line.slice(0, cut > 0 ? cut : EXCERPT_CHARS)}…`;
}

/** The first <tag> with the attribute, in page order. */
function firstWith(doc: Document, tag: string, attr: string): Element | null {
  // getElementsByTagName, not querySelector('tag[attr]'): jsdom's selector engine made these lookups over the
  // whole page cost as much as a tenth of the engine's own time (npm run bench).
  const els = doc.getElementsByTagName(tag);
  for (let i = 0; i < els.length; i++) if (els[i]!.hasAttribute(attr)) return els[i]!;
  return null;
}

/** The meta fields we read, keyed "attribute=value" (http-equiv values lower-cased, as they match ignoring case). */
const META_KEYS = ['http-equiv', 'property', 'itemprop', 'name'] as const;

function pageMeta(doc: Document): { lang: string; published: string; description: string } {
  // One pass over the <meta> elements; the first of each key wins, as querySelector's would.
  const metas = new Map<string, string>();
  const els = doc.getElementsByTagName('meta');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    for (const attr of META_KEYS) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const key = `${attr}=${attr === 'http-equiv' ? v.toLowerCase() : v}`;
      if (!metas.has(key)) metas.set(key, el.getAttribute('content')?.trim() ?? '');
    }
  }
  const content = (key: string) => metas.get(key) ?? '';
  const lang = doc.documentElement.getAttribute('lang') || content('http-equiv=content-language') ||
    content('property=og:locale');
  const published = content('property=article:published_time') || content('itemprop=datePublished') ||
    firstWith(doc, 'time', 'datetime')?.getAttribute('datetime')?.trim() || '';
  const description = collapseSpaces(content('property=og:description') || content('name=description') ||
    content('name=twitter:description'));
  return { lang, published, description };
}

function normalizeLang(tag: string): string {
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(t) ? t : '';
}

function isoTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
