// Headings of widgets whose content never came: "You may also like", "Most read", "Latest" left alone at the
// end of an article because the list under them loads with scripts (or an earlier step took it out). The
// words are data (words/<lang>.ts: relatedHeadings, popularHeadings), matched against the whole text, and the
// heading must have nothing after it but other such leftovers; a heading "Related" over a real paragraph stays
// (tests/fixtures/orphan-heading/negative--heading-over-prose.html).
import { MEDIA_SELECTOR, outermostOnly, outermostSameText } from '../findings';
import { textOf } from '../node-text';
import { firstOf, matchesOf } from '../selectors';
import { shortTextElements } from '../text-lengths';
import { MARKER_ATTR } from '../marker';
import { isWholeMatch, MAX_LABEL_CHARS } from '../matchers';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'orphan-heading';

const HEADING_LIKE = 'h2, h3, h4, h5, h6, p, div, span, strong, b, header, li';

function isWidgetHeading(text: string, memo?: RunMemo): boolean {
  return isWholeMatch('relatedHeadings', text, memo) || isWholeMatch('popularHeadings', text, memo);
}

/** Whether the siblings after el hold nothing: markers, empty elements, or other widget headings. */
function nothingAfter(el: Element, memo?: RunMemo): boolean {
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (sib.hasAttribute(MARKER_ATTR)) continue;
    if (matchesOf(sib, MEDIA_SELECTOR) || firstOf(sib, MEDIA_SELECTOR)) return false;
    const text = textOf(sib, memo);
    if (text && !isWidgetHeading(text, memo)) return false;
  }
  return true;
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  // Only short elements are read: a heading is a label, and textContent costs a subtree's size (npm run bench).
  for (const el of shortTextElements(root, MAX_LABEL_CHARS, memo)) {
    if (el.childElementCount > 2 || !matchesOf(el, HEADING_LIKE)) continue;
    const text = el.textContent ?? '';
    if (!isWidgetHeading(text, memo)) continue;
    const node = outermostSameText(el, root, memo);
    if (node === root || !nothingAfter(node, memo)) continue;
    found.push({ node, reason: 'Heading of a related or most-read list with no list under it' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'related-link',
  description: 'Removes "You may also like" or "Most read" headings left with no list under them.',
  find,
};
