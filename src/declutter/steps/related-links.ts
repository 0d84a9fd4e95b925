// Read-also teasers inside the article ("Lire aussi | <a>…</a>", "Also Read: <a>…</a>", "Lesen Sie auch: <a>…</a>")
// and related-story blocks under a heading ("À lire également", "Related", "Mehr zum Thema").
// They leave the text and go to the reader's separate Related list (see ../related.ts).
// A paragraph that merely starts with the same words but is prose stays: it needs a link that makes up most
// of what follows the prefix (tests/fixtures/related-links/negative--prose-prefix.html).
import { isBlock } from '../block-tags';
import { outermostOnly, outermostSameText } from '../findings';
import { linkText, textOf } from '../node-text';
import { elementsOf, firstOf } from '../selectors';
import { shortTextElements } from '../text-lengths';
import { isWholeMatch, MAX_LABEL_CHARS, matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'related-links';

/** A teaser is one line: past this many characters a block is prose, not a teaser. */
const MAX_TEASER_CHARS = 320;
/** Share of the text after the prefix that must be link text for a teaser (the rest is a separator or a kicker). */
const MIN_TEASER_LINK_SHARE = 0.6;
/** Share of a block's text that must be link text for it to be a related-links list. */
const MIN_LIST_LINK_SHARE = 0.5;
/** How many siblings after a related heading may belong to its block. */
const MAX_BLOCK_SIBLINGS = 4;

const TEASER_BLOCKS = 'p, div, li, h2, h3, h4, h5, h6, aside, section, blockquote, dd, span, strong, em, b';
/** TEASER_BLOCKS as upper-case tag names: teaserBlock climbs from every link of the page, and a Set lookup
 * costs a tenth of Element.matches under jsdom (npm run bench). */
const TEASER_TAGS = new Set(TEASER_BLOCKS.toUpperCase().split(/\s*,\s*/u));
const HEADING_LIKE = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'header', 'figcaption', 'summary', 'dt', 'caption', 'label']);

function linkShare(el: Element, textLength: number, memo?: RunMemo): number {
  return textLength ? linkText(el, memo).length / textLength : 0;
}

/** The nearest block-level ancestor of a link (or the link's parent when none is a block). */
function teaserBlock(a: Element, root: Element): Element | null {
  for (let p = a.parentElement; p && p !== root; p = p.parentElement) {
    if (TEASER_TAGS.has(p.tagName.toUpperCase()) && (isBlock(p) || p.parentElement === root)) return p;
  }
  return null;
}

function isTeaser(block: Element, memo?: RunMemo): boolean {
  const raw = textOf(block, memo);
  if (!raw || raw.length > MAX_TEASER_CHARS) return false;
  const norm = normalizeWords(raw, memo);
  const prefix = matchPrefix('readAlsoPrefixes', norm);
  if (!prefix) return false;
  const rest = norm.slice(prefix).replace(/^[\s\p{P}\p{S}]+/u, '');
  if (!rest) return false;
  const links = normalizeWords(linkText(block, memo), memo);
  // The prefix may be inside the link ("<a>Read more: title</a>"): count what the link covers of the rest.
  const covered = links.startsWith(norm.slice(0, prefix)) ? links.length - prefix : links.length;
  return covered / rest.length >= MIN_TEASER_LINK_SHARE;
}

/** The element that holds a related heading and its links, or the heading plus link-list siblings. */
function relatedBlock(heading: Element, root: Element, memo?: RunMemo): Element[] {
  const container = heading.parentElement;
  if (container && container !== root) {
    const text = textOf(container, memo);
    const headingText = textOf(heading, memo);
    const rest = text.length - headingText.length;
    if (rest > 0 && text.startsWith(headingText) && linkText(container, memo).length / rest >= MIN_LIST_LINK_SHARE) {
      return [outermostSameText(container, root, memo)];
    }
  }
  const parts: Element[] = [heading];
  let sib = heading.nextElementSibling;
  for (let i = 0; sib && i < MAX_BLOCK_SIBLINGS; i++, sib = sib.nextElementSibling) {
    const len = textOf(sib, memo).length;
    if (!len || linkShare(sib, len, memo) < MIN_LIST_LINK_SHARE) break;
    parts.push(sib);
  }
  return parts.length > 1 ? parts : [];
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  const blocks = new Set<Element>();
  for (const a of elementsOf(root, 'a[href]', memo)) {
    const block = teaserBlock(a, root);
    if (!block || blocks.has(block)) continue;
    blocks.add(block);
    if (isTeaser(block, memo)) found.push({ node: outermostSameText(block, root, memo), reason: 'Read-also teaser linking to another article' });
  }
  // Heading candidates are elements whose whole text is short enough to be a list entry: one text-length pass,
  // instead of the textContent of every <div> of the page, which was most of this step's time on whole pages
  // (src/declutter/related.ts runs it there).
  for (const el of shortTextElements(root, MAX_LABEL_CHARS, memo)) {
    if (!HEADING_LIKE.has(el.localName)) continue;
    if (el.childElementCount > 2 || !isWholeMatch('relatedHeadings', el.textContent ?? '', memo)) continue;
    for (const node of relatedBlock(el, root, memo)) found.push({ node, reason: 'Related-stories block' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'related-link',
  description: 'Moves read-also teasers and related-story blocks out of the text into the Related list.',
  find,
};
