// Collects the related-article links of a page for the reader's separate Related list: the read-also
// teasers and related-story blocks that steps/related-links.ts finds, anywhere on the page except its
// navigation, header, footer and "most read" lists. Absolute URLs, deduplicated, in page order.
import { elementsOf, firstOf, textOf } from './dom';
import { hasPopularHeading, inChrome, step as relatedLinks } from './steps/related-links';
import { withRunMemo } from './run-memo';
import type { RelatedLink } from './types';

/** A title longer than this is a teaser paragraph's whole text, not a headline: cut at a word. */
const MAX_TITLE_CHARS = 200;

export function collectRelated(root: Element, baseUrl: string): RelatedLink[] {
  // The copy does not change while links are collected, so the steps' helpers may keep their answers (one walk
  // of the page for links, heading candidates and headings, each text read once): run-memo.ts.
  return withRunMemo(() => collect(root, baseUrl));
}

function collect(root: Element, baseUrl: string): RelatedLink[] {
  const out: RelatedLink[] = [];
  const seen = new Set<string>([stripHash(baseUrl)]);
  let popular: boolean | undefined;
  const hasPopular = () => (popular ??= hasPopularHeading(root));
  for (const f of relatedLinks.find({ root, lang: '' })) {
    if (f.node.nodeType !== 1 || inChrome(f.node as Element, root, hasPopular)) continue;
    addLinks(f.node as Element, baseUrl, seen, out);
  }
  return out;
}

/** Links of a removed related-link node (the reader's Related list also takes what the article held). */
export function addLinks(el: Element, baseUrl: string, seen: Set<string>, out: RelatedLink[]): void {
  const anchors = el.localName === 'a' && el.hasAttribute('href') ? [el] : elementsOf(el, 'a[href]');
  for (const a of anchors) {
    const url = absoluteHttpUrl(a.getAttribute('href') ?? '', baseUrl);
    if (!url || seen.has(stripHash(url))) continue;
    const title = titleOf(a);
    if (!title) continue;
    seen.add(stripHash(url));
    out.push({ title, url });
  }
}

function titleOf(a: Element): string {
  let title = textOf(a) || a.getAttribute('title')?.trim() || firstOf(a, 'img[alt]')?.getAttribute('alt')?.trim() || '';
  if (title.length > MAX_TITLE_CHARS) title = title.slice(0, title.lastIndexOf(' ', MAX_TITLE_CHARS)) + '…';
  return title;
}

export function absoluteHttpUrl(href: string, baseUrl: string): string | null {
  try {
    const u = new URL(href.trim(), baseUrl || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
