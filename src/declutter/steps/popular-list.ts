// Clutter class: teaser lists under a "most popular", "latest news" or "top stories" heading ("Most read",
// "Последние новости", "Najnowsze", "Lo más leído"), with or without links: the headlines of other stories, often
// with a time beside each. The headings are data (words/<lang>.ts, popularHeadings), matched whole. Under the
// heading, what goes is a list, or short lines that are links or open with a time; the links are not collected
// for Related (a "most read" list is not about this story: ../related.ts). A paragraph of prose under such a
// heading stays, and so does the heading then (tests/fixtures/popular-list/negative--prose-under-heading.html).
import { outermostOnly, outermostSameText } from '../findings';
import { linkText, textOf } from '../node-text';
import { childrenOf, closestOf } from '../selectors';
import { shortTextElements } from '../text-lengths';
import { isWholeMatch, MAX_LABEL_CHARS } from '../matchers';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'popular-list';

/** A headline, with its time: a longer line is a paragraph. */
const MAX_HEADLINE_CHARS = 160;
/** A list has at least this many headlines. */
const MIN_HEADLINES = 2;
/** How many siblings after the heading may belong to its list. */
const MAX_LIST_SIBLINGS = 12;
const HEADING_LIKE = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'header', 'dt', 'caption']);
const LISTS = new Set(['ul', 'ol', 'dl']);

/** A line outside a list is a headline when it is mostly link text, or opens with a time or a date ("13:35 …"). */
const MIN_LINK_SHARE = 0.5;
const LEADING_TIME = /^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)(?!\d)/u;

/**
 * How many headlines el holds: a list's items, each headline-short, or el itself when it is a headline-short line
 * that is a link or opens with a time. 0 when any is not: a short paragraph of the story ends the list.
 */
function headlineCount(el: Element, memo?: RunMemo): number {
  if (LISTS.has(el.localName)) {
    const items = childrenOf(el);
    return items.every((i) => textOf(i, memo).length <= MAX_HEADLINE_CHARS) ? items.filter((i) => textOf(i, memo)).length : 0;
  }
  const text = textOf(el, memo);
  if (text.length > MAX_HEADLINE_CHARS) return 0;
  return linkText(el, memo).length / text.length >= MIN_LINK_SHARE || LEADING_TIME.test(text) ? 1 : 0;
}

function listAfter(heading: Element, memo?: RunMemo): Element[] {
  // The heading may sit in a wrapper of its own (<div><h3>Most read</h3></div>): the list follows the wrapper.
  let start: Element = heading;
  while (!start.nextElementSibling && start.parentElement && textOf(start.parentElement, memo) === textOf(heading, memo)) start = start.parentElement;
  const parts: Element[] = [];
  let headlines = 0;
  let sib = start.nextElementSibling;
  for (let i = 0; sib && i < MAX_LIST_SIBLINGS; i++, sib = sib.nextElementSibling) {
    if (!textOf(sib, memo)) continue;
    const n = headlineCount(sib, memo);
    if (!n) break;
    headlines += n;
    parts.push(sib);
  }
  return headlines >= MIN_HEADLINES ? [start, ...parts] : [];
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const el of shortTextElements(root, MAX_LABEL_CHARS, memo)) {
    // The word match first, then the ancestry (closestOf: jsdom's closest() is slow), as in label-finder.ts.
    if (!HEADING_LIKE.has(el.localName) || el.childElementCount > 2) continue;
    if (!isWholeMatch('popularHeadings', el.textContent ?? '', memo) || closestOf(el, 'table, li')) continue;
    for (const node of listAfter(el, memo)) found.push({ node: outermostSameText(node, root, memo), reason: 'List of other stories under a "most read" or "latest" heading' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'navigation',
  description: 'Removes lists of other stories under "Most read", "Latest news" or "Top stories" headings.',
  find,
};
