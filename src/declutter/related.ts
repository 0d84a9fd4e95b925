// Collects the related-article links of a page for the reader's separate Related list: the read-also
// teasers and related-story blocks that steps/related-links.ts finds, anywhere on the page except its
// navigation, header, footer and "most read" lists, then the links of every other related-link removal the steps
// made in the article (withRemovalLinks). Absolute URLs, deduplicated, in page order, none to the page itself.
import { textOf } from './node-text';
import { elementsOf, firstOf } from './selectors';
import { isWholeMatch } from './matchers';
import { step as relatedLinks } from './steps/related-links';
import { RunMemo } from './run-memo';
import type { RelatedLink, Removal } from './types';

/** A title longer than this is a teaser paragraph's whole text, not a headline: cut at a word. */
const MAX_TITLE_CHARS = 200;

/**
 * Whether a removal's block joins the Related list beside the page's related-story blocks: every removal of kind
 * `related-link` (teaser cards, link-only paragraphs, hover cards, the headings left over them) but the related-links
 * step's own, which collectRelated took from the whole page, leaving out the ones in its furniture.
 */
export function isTeaserRemoval(r: Pick<Removal, 'kind' | 'step'>): boolean {
  return r.kind === 'related-link' && r.step !== relatedLinks.id;
}

/**
 * `related` (the page's related-story blocks, from collectRelated) followed by the links of `blocks`, the removed
 * teasers (isTeaserRemoval): the Node API passes the removed elements of its run, the extension, which collects after
 * answering with the article, its receipts parsed again, so both give the same list. Deduplicated by URL without its
 * hash; links to the page itself are left out.
 */
export function withRemovalLinks(related: readonly RelatedLink[], blocks: readonly Element[], baseUrl: string, pageUrl: string): RelatedLink[] {
  const out = related.slice();
  const seen = new Set([pageUrl, baseUrl, ...related.map((r) => r.url)].map(stripHash));
  for (const block of blocks) addLinks(block, baseUrl, seen, out);
  return out;
}

/** The related-story blocks of the page under `root`, leaving out links to `pageUrl` itself. */
export function collectRelated(root: Element, baseUrl: string, pageUrl: string): RelatedLink[] {
  // The copy does not change while links are collected, so the steps' helpers may keep their answers (one walk
  // of the page for links, heading candidates and headings, each text read once): run-memo.ts. The memo ends
  // with the collection, before Readability changes the copy.
  const memo = new RunMemo();
  const out: RelatedLink[] = [];
  const seen = new Set<string>([stripHash(baseUrl), stripHash(pageUrl)]);
  let popular: boolean | undefined;
  const hasPopular = () => (popular ??= hasPopularHeading(root, memo));
  for (const f of relatedLinks.find({ root, lang: '', memo })) {
    if (f.node.nodeType !== 1 || inPageFurniture(f.node as Element, root, hasPopular, memo)) continue;
    addLinks(f.node as Element, baseUrl, seen, out, memo);
  }
  return out;
}

/** How far up from a link block we look for a "most read" heading: such blocks are small and local. */
const MAX_POPULAR_DEPTH = 4;

const HEADINGS = 'h2, h3, h4, h5, h6';

/** Whether the page has a "most read" heading anywhere (inPageFurniture's last check is about those). */
function hasPopularHeading(root: Element, memo: RunMemo): boolean {
  return elementsOf(root, HEADINGS, memo).some((h) => isWholeMatch('popularHeadings', h.textContent ?? '', memo));
}

const FURNITURE_TAGS = new Set(['nav', 'footer']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'banner']);

/** nav, footer, [role="navigation"], [role="contentinfo"], [role="banner"], body > header: by hand, as jsdom's
 * closest() with this selector was a fifth of the related-link collection's time. */
function isFurniture(el: Element): boolean {
  const tag = el.localName;
  return FURNITURE_TAGS.has(tag) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '') ||
    (tag === 'header' && el.parentElement?.localName === 'body');
}

/**
 * Whether el sits in the page's furniture, what frames every page of the site around the article: its navigation,
 * header, footer and "most read" lists. Links there are never related.
 * `hasPopularHeading`: whether root holds a "most read" heading at all (the caller asks once and remembers).
 */
function inPageFurniture(el: Element, root: Element, hasPopularHeading: () => boolean, memo: RunMemo): boolean {
  for (let p: Element | null = el; p; p = p === root ? null : p.parentElement) if (isFurniture(p)) return true;
  // The "most read" check asks every ancestor for its first heading: skipped on pages with no such heading.
  if (!hasPopularHeading()) return false;
  let p: Element | null = el;
  for (let depth = 0; p && p !== root && depth < MAX_POPULAR_DEPTH; depth++, p = p.parentElement) {
    const heading = firstOf(p, HEADINGS);
    if (heading && isWholeMatch('popularHeadings', heading.textContent ?? '', memo)) return true;
  }
  return false;
}

/** Links of a related-link block, those not seen yet. `memo`: the related collection's, when it is the caller. */
function addLinks(el: Element, baseUrl: string, seen: Set<string>, out: RelatedLink[], memo?: RunMemo): void {
  const anchors = el.localName === 'a' && el.hasAttribute('href') ? [el] : elementsOf(el, 'a[href]', memo);
  for (const a of anchors) {
    const url = absoluteHttpUrl(a.getAttribute('href') ?? '', baseUrl);
    if (!url || seen.has(stripHash(url))) continue;
    const title = titleOf(a, memo);
    if (!title) continue;
    seen.add(stripHash(url));
    out.push({ title, url });
  }
}

function titleOf(a: Element, memo?: RunMemo): string {
  let title = textOf(a, memo) || a.getAttribute('title')?.trim() || firstOf(a, 'img[alt]')?.getAttribute('alt')?.trim() || '';
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
